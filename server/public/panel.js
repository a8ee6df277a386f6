// The side panel: a cited clause with its document's metadata and the clauses around it.
import { $, h, fill, findSpan, appendMarked, metaList, getJSON, PATH_SEP } from './dom.js';

let panelReturn = null;

export function closePanel() {
  $('#source').hidden = true;
  document.body.classList.remove('panel-open');
  panelReturn?.focus();
  panelReturn = null;
}


/** A neighbouring clause. Its text starts with its own number (二、 （一） 1.), so the path is only a tooltip. */
function clauseBlock(c, cls) {
  return h('div', { class: `ctx ${cls}`, title: c.path.join(PATH_SEP) }, h('p', {}, c.text));
}

/** Opens the side panel on clause `clauseId`, with `quote` highlighted in it. */
export async function openClause(clauseId, quote, trigger) {
  const panel = $('#source');
  const body = $('#source-body');
  panelReturn = trigger ?? document.activeElement;
  body.replaceChildren(h('p', { class: 'muted' }, '正在加载原文…'));
  panel.hidden = false;
  document.body.classList.add('panel-open');
  panel.focus();
  try {
    const { clause, document: doc, before, after, change } = await getJSON(`/api/clauses/${encodeURIComponent(clauseId)}`);
    const text = h('blockquote', { class: 'clause-text' });
    appendMarked(text, clause.text, quote);
    const notFound = quote && !findSpan(clause.text, quote) ? h('p', { class: 'warn' }, '引文未能在条款中逐字定位：', h('q', {}, quote)) : null;
    fill(body,
      h('h3', { class: 'doc-title' }, doc.title),
      h('dl', { class: 'meta' }, metaList(doc)),
      h('div', { class: 'path', 'aria-label': '条款位置' }, clause.path.join(PATH_SEP), clause.page ? `（第 ${clause.page} 页）` : ''),
      changeNote(change),
      text,
      notFound,
      before.length || after.length ? h('h4', {}, '上下文') : null,
      before.map((c) => clauseBlock(c, 'before')),
      h('div', { class: 'ctx-here', 'aria-hidden': 'true' }, '▲ 上文 · 引用条款 · 下文 ▼'),
      after.map((c) => clauseBlock(c, 'after')),
      h('p', {}, h('button', { type: 'button', onclick: () => document.dispatchEvent(new CustomEvent('anzhi:browse', { detail: { docId: doc.id, clauseId: clause.id } })) }, '在文件中浏览')),
    );
  } catch (e) {
    body.replaceChildren(h('p', { class: 'error' }, `无法加载原文：${e.message}`));
  }
}

/** 已调整 / 已废止 / 较早版本: how the clause stands today, with a link to the clause that changed it. */
function changeNote(change) {
  if (!change || change.status === '仍然有效') return null;
  const when = change.effective ? `（自${change.effective}起）` : '';
  const link = change.by ? h('button', { type: 'button', class: 'link', onclick: (e) => openClause(change.by, '', e.currentTarget) }, '查看调整条款') : null;
  const what = change.status === '较早版本' ? '：本文件已有更新的版本，此条不是现行规定。' : change.scope ? `：此条在${change.scope}已被后来的文件改变（其他地方仍按此条执行），${change.scope}的规定见调整条款。` : '：此条已被后来的文件改变，现行规定见调整条款。';
  return h('p', { class: 'change-note', role: 'note' }, h('strong', {}, change.status), when, what, link);
}

export function setupPanel() {
  $('#source-close').addEventListener('click', closePanel);
  document.addEventListener('keydown', (e) => {
    if (e.key === 'Escape' && !$('#source').hidden) closePanel();
  });
}
