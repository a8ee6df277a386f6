// The checklists tab: draft from a request, remove or reorder items, export links.
import { $, h, getJSON } from './dom.js';
import { openClause } from './panel.js';

const checklist = { current: null, items: [] };

// The server's EXPORT_FORMATS (core/checklist/export-formats.ts) with their labels, in its order: the page
// has no build step to import them, and the browser test checks the links against that list.
function exportLinks(id) {
  const formats = [['docx', 'Word'], ['xlsx', 'Excel'], ['csv', 'CSV'], ['md', 'Markdown']];
  return ['导出：', ...formats.map(([ext, label]) => h('a', { href: `/api/checklists/${encodeURIComponent(id)}.${ext}`, download: true, 'data-format': ext }, label))];
}

function renderChecklist() {
  const list = checklist.items;
  $('#checklist-items').replaceChildren(
    ...list.map((it, i) => {
      const name = `第 ${i + 1} 项 ${it.item}`;
      const move = (to) => () => {
        const [x] = list.splice(i, 1);
        list.splice(to, 0, x);
        renderChecklist();
        $('#checklist-items').children[to]?.querySelector(`[data-act="${to < i ? 'up' : 'down'}"]`)?.focus();
        void saveEdits();
      };
      return h('li', { class: 'item' },
        h('div', { class: 'item-head' },
          h('span', { class: 'group' }, it.group),
          h('strong', {}, it.item),
          h('span', { class: 'item-tools' },
            h('button', { type: 'button', 'data-act': 'up', 'aria-label': `上移${name}`, disabled: i === 0, onclick: move(i - 1) }, '↑'),
            h('button', { type: 'button', 'data-act': 'down', 'aria-label': `下移${name}`, disabled: i === list.length - 1, onclick: move(i + 1) }, '↓'),
            h('button', { type: 'button', 'aria-label': `删除${name}`, onclick: () => { list.splice(i, 1); renderChecklist(); void saveEdits(); } }, '删除'),
          ),
        ),
        h('p', {}, it.content),
        it.method ? h('p', { class: 'muted' }, `检查方式：${it.method}`) : null,
        it.frequency ? h('p', { class: 'muted' }, `频次：${it.frequency}`) : null,
        h('p', { class: 'item-cites' }, '依据：', it.citations.map((c) =>
          h('button', { type: 'button', class: 'link', onclick: (e) => openClause(c.clauseId, c.quote, e.currentTarget) }, `《${c.title}》${c.path.at(-1) ?? ''}`))),
      );
    }),
  );
  $('#checklist-status').textContent = `共 ${list.length} 项`;
}

// Saves the page's order and removals, so the export links give exactly what is shown.
async function saveEdits() {
  const id = checklist.current.id;
  $('#checklist-edited').hidden = false;
  try {
    const saved = await getJSON(`/api/checklists/${encodeURIComponent(id)}`, {
      method: 'PUT',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ keep: checklist.items.map((it) => it.n) }),
    });
    checklist.current = saved;
    checklist.items = [...saved.items];
    $('#checklist-edited').hidden = true;
    renderChecklist();
  } catch (err) {
    $('#checklist-edited').textContent = `修改未能保存，导出的仍是上一版：${err.message}`;
  }
}

export function setupChecklists() {
  $('#checklist-form').addEventListener('submit', async (e) => {
    e.preventDefault();
    const request = $('#checklist-request').value.trim();
    if (!request) return;
    const button = e.submitter;
    button.disabled = true;
    $('#checklist-status').textContent = '正在生成检查表…';
    try {
      const cl = await getJSON('/api/checklists', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ request }) });
      checklist.current = cl;
      checklist.items = [...cl.items];
      $('#checklist-title').textContent = cl.title;
      $('#checklist-scope').textContent = cl.scope;
      $('#checklist-exports').replaceChildren(...exportLinks(cl.id));
      $('#checklist-sources').textContent = cl.sources.length ? `来源文件：${cl.sources.map((s) => `《${s.title}》`).join('、')}` : '';
      $('#checklist').hidden = false;
      renderChecklist();
    } catch (err) {
      $('#checklist-status').textContent = `生成失败：${err.message}`;
    } finally {
      button.disabled = false;
    }
  });
}
