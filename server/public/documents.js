// The documents tab: the list with metadata, and one document's clause tree with a filter.
import { $, h, getJSON, appendMarked, metaList } from './dom.js';

let documentsCache = null;

export async function documents(refresh = false) {
  if (!documentsCache || refresh) documentsCache = getJSON('/api/documents').then((r) => r.documents);
  return documentsCache;
}

/** The legal levels in the order the schema lists them, highest first. */
const LEVELS = ['法律', '行政法规', '部门规章', '地方性法规', '经济特区法规', '地方政府规章', '规范性文件', '工作文件'];
const STATUS_LABELS = { current: '现行', 'earlier-version': '较早版本', repealed: '已废止', expired: '已失效' };

/**
 * The words the page shows for a document's status. `adjusted` is true when another document has changed some of
 * its clauses (a clause-level override): a current text then reads 已被调整.
 */
export function statusLabel(status, adjusted = false) {
  if (adjusted && (status === 'current' || status === undefined)) return '已被调整';
  return STATUS_LABELS[status] ?? '—';
}

function statusCell(d) {
  const adjusted = Boolean(d.adjusted);
  const label = statusLabel(d.status, adjusted);
  if (label === '—') return h('td', {}, label);
  const key = adjusted && label === '已被调整' ? 'adjusted' : d.status;
  return h('td', { class: 'nowrap' },
    h('span', { class: `doc-status status-${key}` }, label),
    d.currentVersion ? [' ', h('button', { type: 'button', class: 'link', onclick: () => showDocument(d.currentVersion) }, '看现行版本')] : null,
  );
}

function fillSelect(select, values, labelOf = (v) => v) {
  const keep = select.value;
  select.replaceChildren(select.options[0], ...values.map((v) => h('option', { value: v }, labelOf(v))));
  select.value = values.includes(keep) ? keep : '';
}

/** The filters as the API takes them: level, place, status. */
function filterQuery() {
  const q = new URLSearchParams();
  for (const [key, id] of [['level', '#doc-level'], ['place', '#doc-place'], ['status', '#doc-status']]) if ($(id).value) q.set(key, $(id).value);
  return q.toString();
}

export async function loadDocList(refresh = false) {
  const tbody = $('#doc-table tbody');
  try {
    const all = await documents(refresh);
    fillSelect($('#doc-level'), LEVELS.filter((l) => all.some((d) => d.legalLevel === l)));
    fillSelect($('#doc-place'), [...new Set(all.map((d) => d.place).filter(Boolean))].sort((a, b) => (a === '全国' ? -1 : b === '全国' ? 1 : a.localeCompare(b, 'zh'))));
    fillSelect($('#doc-status'), Object.keys(STATUS_LABELS).filter((s) => all.some((d) => d.status === s)), (s) => STATUS_LABELS[s]);
    const query = filterQuery();
    const docs = query ? (await getJSON(`/api/documents?${query}`)).documents : all;
    $('#doc-count').textContent = query ? `共 ${all.length} 个文件，筛选出 ${docs.length} 个` : `共 ${all.length} 个文件`;
    tbody.replaceChildren(
      ...docs.map((d) =>
        h('tr', {},
          h('td', {}, h('button', { type: 'button', class: 'link', onclick: () => showDocument(d.id) }, d.title)),
          h('td', {}, d.docNumber ?? '—'),
          h('td', {}, d.issuers?.join('、') ?? '—'),
          h('td', { class: 'nowrap' }, d.date ?? d.dateText ?? '—'),
          h('td', { class: 'nowrap' }, d.legalLevel ?? '—'),
          h('td', {}, d.place ?? d.region ?? '—'),
          h('td', { class: 'nowrap' }, d.effective ?? '—'),
          statusCell(d),
          h('td', { class: 'num' }, d.clauses),
          h('td', { class: 'num' }, d.duties),
        ),
      ),
    );
  } catch (e) {
    tbody.replaceChildren(h('tr', {}, h('td', { colspan: 10, class: 'error' }, `无法加载文件列表：${e.message}`)));
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
  for (const id of ['#doc-level', '#doc-place', '#doc-status']) $(id).addEventListener('change', () => loadDocList());
}
