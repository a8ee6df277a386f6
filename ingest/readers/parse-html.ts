/**
 * A small HTML tree for mammoth's output, which is simple and well formed (p, h1–h6, ul/ol/li,
 * table/tr/td/th, inline a/strong/em/sup/sub/br/img): a regex tokeniser is enough. Both
 * html-to-paragraphs.ts and table-to-paragraphs.ts read this tree, so it sits below them.
 */

/** A parsed HTML element; text nodes are plain strings with entities already decoded. */
export interface HtmlElement {
  name: string;
  attrs: Record<string, string>;
  children: HtmlNode[];
}
export type HtmlNode = HtmlElement | string;

const VOID = new Set(['br', 'img', 'hr', 'col', 'wbr', 'input', 'meta', 'link']);

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
