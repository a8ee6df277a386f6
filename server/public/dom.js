// 安知 web page, DOM and text helpers shared by the views.
// Safety invariant: nothing from the server (answers, documents, errors) is ever parsed as HTML.
// Every node is built with createElement/createTextNode; this file never assigns innerHTML.

/** Shorthand for document.querySelector. */
export const $ = (sel) => document.querySelector(sel);

/** Builds an element: attrs are attributes (on* keys become listeners), children are nodes or text. */
export function h(tag, attrs = {}, ...children) {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v === undefined || v === null || v === false) continue;
    if (k.startsWith('on')) el.addEventListener(k.slice(2), v);
    else el.setAttribute(k, v === true ? '' : String(v));
  }
  for (const c of kids(children)) el.append(c instanceof Node ? c : document.createTextNode(String(c)));
  return el;
}

/** Node.append/replaceChildren print null as "null"; these take nested lists and skip empty slots. */
const kids = (list) => list.flat(Infinity).filter((c) => c !== undefined && c !== null && c !== false);
export const fill = (el, ...children) => el.replaceChildren(...kids(children));
export const add = (el, ...children) => el.append(...kids(children));

export const PATH_SEP = ' › ';

export async function getJSON(url, init) {
  const res = await fetch(url, init);
  const body = await res.json().catch(() => ({}));
  if (!res.ok) throw new Error(errorText(body, res.status));
  return body;
}

/** A Chinese gloss for the codes a user can act on; the server's own message follows it verbatim. */
const GLOSS = {
  UNAUTHORIZED: '管理员令牌不正确或未填写',
  NOT_FOUND: '未找到（或此服务器未开启该功能）',
  INGEST_UNSUPPORTED_FORMAT: '不支持的文件格式，请上传 PDF、DOCX、TXT 或 MD',
  INGEST_EMPTY_FILE: '文件是空的',
  INGEST_TOO_LARGE: '文件太大',
  INGEST_CORRUPT: '文件已损坏，无法读取',
  INGEST_ENCRYPTED: '文件已加密，请先解除密码',
  INGEST_NO_TEXT: '文件中没有可提取的文字（可能是扫描件）',
  INGEST_DECODE: '无法识别文件的文字编码',
  BAD_REQUEST: '请求有误',
};

export function errorText(body, status) {
  const e = body && body.error;
  if (e && typeof e === 'object') return `${GLOSS[e.code] ? GLOSS[e.code] + '。' : ''}${e.message}（${e.code}）`;
  return `请求失败（HTTP ${status}）${body && body.message ? '：' + body.message : ''}`;
}

// ---------- Text: highlighting and the tiny Markdown subset ----------

/** Where `needle` occurs in `text`; when not verbatim, ignoring whitespace differences. */
export function findSpan(text, needle) {
  if (!needle) return null;
  const at = text.indexOf(needle);
  if (at >= 0) return [at, at + needle.length];
  const chars = [...needle.replace(/\s+/gu, '')].map((c) => c.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&'));
  if (chars.length === 0) return null;
  const m = new RegExp(chars.join('\\s*'), 'u').exec(text);
  return m ? [m.index, m.index + m[0].length] : null;
}

/** Appends `text` to `parent`, with the span of `needle` (or every occurrence, if `all`) in <mark>. */
export function appendMarked(parent, text, needle, all = false) {
  let rest = text;
  if (needle) {
    for (;;) {
      const span = all ? indexSpan(rest, needle) : findSpan(rest, needle);
      if (!span) break;
      parent.append(rest.slice(0, span[0]), h('mark', {}, rest.slice(span[0], span[1])));
      rest = rest.slice(span[1]);
      if (!all) break;
    }
  }
  parent.append(rest);
  return parent;
}

function indexSpan(text, needle) {
  const at = text.toLowerCase().indexOf(needle.toLowerCase());
  return at >= 0 ? [at, at + needle.length] : null;
}

/** Inline Markdown: **bold** and [n] citation markers; everything else stays literal text. */
function inline(text, cite) {
  const out = [];
  const re = /\*\*(.+?)\*\*|\[(\d{1,3})\]/gu;
  let last = 0;
  for (const m of text.matchAll(re)) {
    out.push(text.slice(last, m.index));
    out.push(m[1] !== undefined ? h('strong', {}, inline(m[1], cite)) : cite(Number(m[2])));
    last = m.index + m[0].length;
  }
  out.push(text.slice(last));
  return out;
}

/** Lines starting with "- " become list items, other lines paragraphs (so line breaks survive). */
export function renderMarkdown(text, cite) {
  const frag = document.createDocumentFragment();
  let list = null;
  for (const line of text.split('\n')) {
    if (line.startsWith('- ')) {
      if (!list) frag.append((list = h('ul')));
      list.append(h('li', {}, inline(line.slice(2), cite)));
      continue;
    }
    list = null;
    if (line.trim()) frag.append(h('p', {}, inline(line, cite)));
  }
  return frag;
}

export function metaList(doc) {
  const rows = [
    ['文号', doc.docNumber],
    ['发文机关', doc.issuers?.join('、')],
    ['日期', doc.dateText ? `${doc.dateText}${doc.dateKind ? `（${doc.dateKind}）` : ''}` : doc.date],
    ['地区', doc.region],
    ['层级', doc.legalLevel],
    ['适用地区', doc.place],
    ['施行日期', doc.effectiveText ? `${doc.effective ?? ''}（${doc.effectiveText}）` : doc.effective],
    ['有效期至', doc.validUntil],
    ['沿革', doc.revisions?.map((r) => r.text).join('；')],
    ['文件', doc.file],
  ];
  return rows.filter(([, v]) => v).flatMap(([k, v]) => [h('dt', {}, k), h('dd', {}, v)]);
}
