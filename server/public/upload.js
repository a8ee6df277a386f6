// The upload tab (shown only when the server has ADMIN_TOKEN): one XHR per file, with progress and errors.
import { $, h, add, errorText } from './dom.js';

/** POSTs one file with XHR (fetch reports no upload progress); resolves with {status, body}. */
function uploadFile(file, token, progress) {
  return new Promise((resolve) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', `/api/documents?name=${encodeURIComponent(file.name)}`);
    xhr.setRequestHeader('content-type', 'application/octet-stream');
    if (token) xhr.setRequestHeader('authorization', `Bearer ${token}`);
    xhr.upload.addEventListener('progress', (e) => {
      if (e.lengthComputable) progress.value = Math.round((e.loaded / e.total) * 100);
    });
    xhr.upload.addEventListener('load', () => progress.parentElement.querySelector('.state').replaceChildren('已发送，正在解析并重建知识库…'));
    xhr.addEventListener('load', () => {
      let body = {};
      try { body = JSON.parse(xhr.responseText); } catch { /* not JSON: errorText reports the status */ }
      resolve({ status: xhr.status, body });
    });
    xhr.addEventListener('error', () => resolve({ status: 0, body: { error: { code: 'NETWORK', message: '网络错误，文件没有送达服务器' } } }));
    xhr.send(file);
  });
}

function uploadOutcome(file, { status, body }) {
  if (status !== 200) return [h('p', { class: 'error' }, `上传失败：${errorText(body, status)}`)];
  const failures = body.failures ?? [];
  const mine = failures.filter((f) => f.file === file.name);
  const others = failures.filter((f) => f.file !== file.name);
  return [
    h('p', { class: mine.length ? 'error' : 'ok' }, mine.length ? '文件已保存，但未能收录：' : `已收录。知识库现有 ${body.documents} 份文件、${body.clauses} 条条款、${body.duties} 条职责。`),
    mine.length ? h('ul', {}, mine.map((f) => h('li', {}, `${f.message}（${f.code}）`))) : null,
    others.length ? h('details', {}, h('summary', {}, `其他文件的问题（${others.length}）`), h('ul', {}, others.map((f) => h('li', {}, `${f.file}：${f.message}（${f.code}）`)))) : null,
  ];
}

export function setupUpload() {
  $('#upload-form').addEventListener('submit', async (e) => {
    e.preventDefault();
    const button = e.submitter;
    const token = $('#upload-token').value.trim();
    const files = [...$('#upload-files').files];
    button.disabled = true;
    $('#upload-results').replaceChildren();
    let changed = false;
    for (const file of files) {
      const progress = h('progress', { max: 100, value: 0, 'aria-label': `${file.name} 上传进度` });
      const row = h('li', {}, h('strong', {}, file.name), ' ', progress, ' ', h('span', { class: 'state' }, '正在上传…'));
      $('#upload-results').append(row);
      const result = await uploadFile(file, token, progress);
      row.querySelector('.state').replaceChildren(result.status === 200 ? '完成' : '未完成');
      add(row, uploadOutcome(file, result));
      changed ||= result.status === 200;
    }
    button.disabled = false;
    // The documents and duties tabs reload, and the header counts refresh.
    if (changed) document.dispatchEvent(new CustomEvent('anzhi:corpus-changed'));
  });
}
