// The documents tab: the list with metadata, and one document's clause tree with a filter.
import { $, h, getJSON, appendMarked, metaList } from './dom.js';

let documentsCache = null;

export async function documents(refresh = false) {
  if (!documentsCache || refresh) documentsCache = getJSON('/api/documents').then((r) => r.documents);
  return documentsCache;
}

export async function loadDocList(refresh = false) {
  const tbody = $('#doc-table tbody');
  try {
    const docs = await documents(refresh);
    tbody.replaceChildren(
      ...docs.map((d) =>
        h('tr', {},
          h('td', {}, h('button', { type: 'button', class: 'link', onclick: () => showDocument(d.id) }, d.title)),
          h('td', {}, d.docNumber ?? '—'),
          h('td', {}, d.issuers?.join('、') ?? '—'),
          h('td', { class: 'nowrap' }, d.date ?? d.dateText ?? '—'),
          h('td', {}, d.region ?? '—'),
          h('td', { class: 'num' }, d.clauses),
          h('td', { class: 'num' }, d.duties),
        ),
      ),
    );
  } catch (e) {
    tbody.replaceChildren(h('tr', {}, h('td', { colspan: 7, class: 'error' }, `无法加载文件列表：${e.message}`)));
  }
}

const docView = { clauses: [], byId: new Map() };

/** Shows a document's clause tree; with `clauseId`, scrolls to that clause and marks it. */
export async function showDocument(docId, clauseId) {
  $('#doc-list-view').hidden = true;
  $('#doc-view').hidden = false;
  $('#doc-title').textContent = '正在加载…';
  try {
    const { document: doc, clauses } = await getJSON(`/api/documents/${encodeURIComponent(docId)}`);
    $('#doc-title').textContent = doc.title;
    $('#doc-meta').replaceChildren(...metaList(doc));
    docView.clauses = clauses;
    docView.byId = new Map(clauses.map((c) => [c.id, c]));
    $('#clause-filter').value = '';
    renderTree('');
    const target = clauseId && document.getElementById(`c-${clauseId}`);
    if (target) {
      target.classList.add('current');
      target.scrollIntoView({ block: 'center' });
    }
    $('#doc-back').focus();
  } catch (e) {
    $('#doc-title').textContent = `无法加载文件：${e.message}`;
  }
}

function renderTree(needle) {
  const q = needle.trim();
  const show = new Set();
  let matched = 0;
  for (const c of docView.clauses) {
    if (q && !`${c.path.join('')}${c.text}`.toLowerCase().includes(q.toLowerCase())) continue;
    matched++;
    // A match keeps its headings visible, so it is read in place.
    for (let at = c; at && !show.has(at.id); at = docView.byId.get(at.parentId)) show.add(at.id);
  }
  $('#clause-tree').replaceChildren(
    ...docView.clauses
      .filter((c) => show.has(c.id))
      .map((c) => h('li', { id: `c-${c.id}`, class: `lvl-${Math.min(c.level, 6)} kind-${c.kind}` }, appendMarked(h('span', {}), c.text, q, true))),
  );
  $('#clause-count').textContent = q ? `共 ${docView.clauses.length} 条，匹配 ${matched} 条` : `共 ${docView.clauses.length} 条`;
}

export function setupDocs() {
  document.addEventListener('anzhi:corpus-changed', () => (documentsCache = null));
  $('#doc-back').addEventListener('click', () => {
    $('#doc-view').hidden = true;
    $('#doc-list-view').hidden = false;
  });
  $('#clause-filter').addEventListener('input', (e) => renderTree(e.target.value));
}
