// The duties tab: the duty matrix, filtered on the server by unit, document and task words.
import { $, h, getJSON } from './dom.js';
import { openClause } from './panel.js';
import { documents } from './documents.js';

const duties = { abort: null, timer: 0, ready: false };

function dutyParams() {
  const p = new URLSearchParams();
  for (const [key, sel] of [['unit', '#duty-unit'], ['doc', '#duty-doc'], ['task', '#duty-task']]) {
    const v = $(sel).value.trim();
    if (v) p.set(key, v);
  }
  return p;
}

const join = (list) => (list.length ? list.join('、') : '—');

function dutyRow(d) {
  const changed = d.change && d.change.status !== '仍然有效' ? `【${d.change.scope ? `${d.change.scope}` : ''}${d.change.status}】` : '';
  const lead = d.undifferentiated ? `${join(d.lead)}（责任处室，未区分牵头与配合）` : join(d.lead);
  return h('tr', {},
    h('td', {}, changed ? h('strong', { class: 'changed', title: '后来的文件改变了这一项，点右侧条款查看调整' }, changed) : null, d.task),
    h('td', {}, lead),
    h('td', {}, join(d.cooperate)),
    h('td', {}, d.deadline?.text ?? '—'),
    h('td', {}, d.frequency?.text ?? '—'),
    h('td', {},
      h('button', { type: 'button', class: 'link', onclick: (e) => openClause(d.clauseId, d.quote, e.currentTarget) }, d.path.at(-1) ?? d.title),
      h('span', { class: 'doc-of' }, `《${d.title}》`)),
  );
}

async function loadDuties() {
  duties.abort?.abort();
  const ctrl = (duties.abort = new AbortController());
  const params = dutyParams();
  const csv = new URLSearchParams(params);
  csv.set('format', 'csv');
  $('#duty-csv').href = `/api/duties?${csv}`;
  csv.set('format', 'xlsx');
  $('#duty-xlsx').href = `/api/duties?${csv}`;
  try {
    const page = new URLSearchParams(params);
    page.set('limit', '5000');
    const { duties: rows, total } = await getJSON(`/api/duties?${page}`, { signal: ctrl.signal });
    $('#duty-table tbody').replaceChildren(...rows.map(dutyRow));
    $('#duty-count').textContent = total > rows.length ? `共 ${total} 条职责，显示前 ${rows.length} 条；请用筛选缩小范围` : `共 ${total} 条职责`;
    if (!params.size) fillUnits(rows);
  } catch (e) {
    if (e.name !== 'AbortError') $('#duty-count').textContent = `无法加载：${e.message}`;
  }
}

function fillUnits(rows) {
  const units = [...new Set(rows.flatMap((d) => [...d.lead, ...d.cooperate]))].sort((a, b) => a.localeCompare(b, 'zh'));
  $('#unit-names').replaceChildren(...units.map((u) => h('option', { value: u })));
}

/** Loads the table the first time the tab is shown (and again after an upload). */
export async function showDuties() {
  if (duties.ready) return;
  duties.ready = true;
  const docs = await documents().catch(() => []);
  $('#duty-doc').replaceChildren(h('option', { value: '' }, '全部文件'), ...docs.map((d) => h('option', { value: d.id }, d.title)));
  await loadDuties();
}

export function setupDuties() {
  document.addEventListener('anzhi:corpus-changed', () => (duties.ready = false));
  $('#duty-form').addEventListener('submit', (e) => e.preventDefault());
  $('#duty-form').addEventListener('input', () => {
    clearTimeout(duties.timer);
    duties.timer = setTimeout(loadDuties, 250);
  });
}
