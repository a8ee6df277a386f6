/**
 * Turns mammoth's HTML into plain-text paragraphs. Mammoth writes simple, well-formed HTML (p, h1–h6,
 * ul/ol/li, table/tr/td/th, inline a/strong/em/sup/sub/br/img), so a regex tokeniser and a small tree
 * are enough and no HTML parser package is needed.
 */
import { CIRCLED, NUMBERED_ITEM } from '../../core/text/zh/index.js';
import { tableToParagraphs } from './table-to-paragraphs.js';

/** A parsed HTML element; text nodes are plain strings with entities already decoded. */
export interface HtmlElement {
  name: string;
  attrs: Record<string, string>;
  children: HtmlNode[];
}
export type HtmlNode = HtmlElement | string;

const VOID = new Set(['br', 'img', 'hr', 'col', 'wbr', 'input', 'meta', 'link']);
/** Elements that start a new paragraph; their inline content never runs into a neighbour's. */
const BLOCK = new Set(['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'ul', 'ol', 'div', 'blockquote', 'dl', 'dt', 'dd', 'pre']);

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

function decodeEntities(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (whole, name: string) => {
    if (name[0] === '#') {
      const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return Number.isFinite(code) && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return ENTITIES[name.toLowerCase()] ?? whole;
  });
}

function parseAttrs(source: string): Record<string, string> {
  const attrs: Record<string, string> = {};
  for (const m of source.matchAll(/([^\s=/]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+)))?/g)) {
    const [, key, dq, sq, bare] = m;
    if (key) attrs[key.toLowerCase()] = decodeEntities(dq ?? sq ?? bare ?? '');
  }
  return attrs;
}

/** Parses HTML into a tree under a synthetic root; an unmatched end tag closes up to its opener. */
export function parseHtml(html: string): HtmlElement {
  const root: HtmlElement = { name: '#root', attrs: {}, children: [] };
  const stack: HtmlElement[] = [root];
  const tokens = /<!--[\s\S]*?-->|<\/([a-zA-Z][\w-]*)\s*>|<([a-zA-Z][\w-]*)([^>]*?)(\/?)>|([^<]+|<)/g;
  for (const [, end, start, attrs, selfClose, text] of html.matchAll(tokens)) {
    const top = stack[stack.length - 1] ?? root;
    if (text !== undefined) {
      top.children.push(decodeEntities(text));
    } else if (start !== undefined) {
      const el: HtmlElement = { name: start.toLowerCase(), attrs: parseAttrs(attrs ?? ''), children: [] };
      top.children.push(el);
      if (!selfClose && !VOID.has(el.name)) stack.push(el);
    } else if (end !== undefined) {
      const name = end.toLowerCase();
      const at = stack.map((e) => e.name).lastIndexOf(name);
      if (at > 0) stack.length = at;
    }
  }
  return root;
}

/** Mammoth's footnote back-links ("↑") point at `#footnote-ref-N`; they are navigation, not text. */
function isBackLink(el: HtmlElement): boolean {
  return el.name === 'a' && /^#(?:foot|end)note-ref-/.test(el.attrs.href ?? '');
}

function hasBlock(el: HtmlElement): boolean {
  return el.children.some((c) => typeof c !== 'string' && (BLOCK.has(c.name) || c.name === 'table' || hasBlock(c)));
}

function inlineText(nodes: HtmlNode[]): string {
  let s = '';
  for (const n of nodes) {
    if (typeof n === 'string') s += n;
    else if (n.name === 'br') s += '\n';
    else if (!isBackLink(n)) s += inlineText(n.children);
  }
  return s;
}

/** A table cell on one line: its paragraphs joined by a space, line breaks turned into spaces. */
function cellText(cell: HtmlElement): string {
  return blocksToParagraphs(cell.children).join(' ').replace(/\s*\n\s*/g, ' ');
}

/**
 * Paragraph texts of a node list in document order: each block element and each table row becomes
 * one trimmed, non-empty paragraph; inline markup is dropped and `<br>` becomes `\n`.
 */
export function blocksToParagraphs(nodes: HtmlNode[], depth = 0): string[] {
  const out: string[] = [];
  let run = '';
  const flush = (): void => {
    const t = run.trim();
    if (t) out.push(t);
    run = '';
  };
  for (const n of nodes) {
    if (typeof n === 'string') run += n;
    else if (n.name === 'br') run += '\n';
    else if (n.name === 'table') {
      flush();
      out.push(...tableToParagraphs(n, cellText));
    } else if (n.name === 'ol') {
      flush();
      out.push(...orderedItems(n, depth));
    } else if (BLOCK.has(n.name) || hasBlock(n)) {
      flush();
      out.push(...blocksToParagraphs(n.children, depth));
    } else if (!isBackLink(n)) run += inlineText(n.children);
  }
  flush();
  return out;
}

/**
 * Word's automatic numbering is not text: mammoth gives `<ol><li>`, and the number is lost. It is
 * written back as official documents number nested lists (1. → （1） → ①), so the structure parser
 * still sees the items.
 */
function orderedItems(ol: HtmlElement, depth: number): string[] {
  const out: string[] = [];
  let i = 0;
  for (const li of ol.children) {
    if (typeof li === 'string' || li.name !== 'li') continue;
    i++;
    // mammoth lists footnotes and endnotes as <ol><li id="footnote-1">: notes, not numbered items.
    const note = /^(?:foot|end)note-/u.test(li.attrs.id ?? '');
    const marker = note ? '' : depth === 0 ? `${i}.` : depth === 1 ? `（${i}）` : (CIRCLED[i - 1] ?? `${i}.`);
    const [first, ...rest] = blocksToParagraphs(li.children, depth + 1);
    if (first !== undefined) out.push(NUMBERED_ITEM.test(first) ? first : marker + first, ...rest);
  }
  return out;
}

/** Plain text of mammoth HTML: paragraphs separated by a blank line (`\n\n`). */
export function htmlToParagraphs(html: string): string {
  return blocksToParagraphs(parseHtml(html).children).join('\n\n');
}
