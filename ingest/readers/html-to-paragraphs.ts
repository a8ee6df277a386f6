/**
 * Turns mammoth's HTML into plain-text paragraphs, walking the small tree that parse-html.ts builds
 * (mammoth's HTML is simple enough that no HTML parser package is needed).
 */
import { parseHtml, type HtmlElement, type HtmlNode } from './parse-html.js';
import { CIRCLED, NUMBERED_ITEM } from '../../core/text/zh/index.js';
import { tableToParagraphs } from './table-to-paragraphs.js';

/** Elements that start a new paragraph; their inline content never runs into a neighbour's. */
const BLOCK = new Set(['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'ul', 'ol', 'div', 'blockquote', 'dl', 'dt', 'dd', 'pre']);

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
