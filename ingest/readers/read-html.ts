/**
 * A saved web page (a notice downloaded from a government site as .html): the article's text, without the page's
 * head, scripts, navigation, breadcrumbs, toolbars and footer. Paragraphs, headings, lists and tables are read as
 * for a Word file, through the same small HTML tree.
 */
import { AppError } from '../../core/errors.js';
import { parseHtml, type HtmlElement, type HtmlNode } from './parse-html.js';
import { blocksToParagraphs } from './html-to-paragraphs.js';
import { decodeText } from './read-text.js';
import type { RawDocument, Reader } from './reader.js';

/** Elements that are never the article's text. */
const NOT_TEXT = new Set(['head', 'script', 'style', 'noscript', 'nav', 'header', 'footer', 'aside', 'form', 'iframe', 'template', 'button', 'select']);

/** A class or id that marks page furniture (导航, 面包屑, 工具条, 版权, 分享, 相关链接). */
const FURNITURE = /(?:^|[\s_-])(?:nav|menu|crumb|breadcrumb|toolbar|top|header|footer|foot|copyright|share|related|sidebar|side|logo|search|links?)(?:$|[\s_-])/iu;

function isFurniture(el: HtmlElement): boolean {
  return NOT_TEXT.has(el.name) || FURNITURE.test(`${el.attrs.class ?? ''} ${el.attrs.id ?? ''}`);
}

/** The tree without page furniture. */
function article(nodes: HtmlNode[]): HtmlNode[] {
  return nodes.flatMap((n): HtmlNode[] => (typeof n === 'string' ? [n] : isFurniture(n) ? [] : [{ ...n, children: article(n.children) }]));
}

/** Reads a saved web page as one page (num 1) of paragraphs; throws INGEST_NO_TEXT when its article is empty. */
export function readHtml(bytes: Uint8Array, fileName: string): RawDocument {
  // <!DOCTYPE html> and <?xml …?> are declarations, not text
  const tree = parseHtml(decodeText(bytes, fileName).replace(/<![a-z][^>]*>|<\?[^>]*\?>/giu, ''));
  const text = blocksToParagraphs(article(tree.children)).join('\n\n');
  if (text.trim() === '') {
    throw new AppError('INGEST_NO_TEXT', `${fileName} has no article text (only page navigation or scripts?); save the page's text or upload the notice as .docx or .pdf`);
  }
  return { format: 'html', pages: [{ num: 1, text }] };
}

/** A web page's paragraphs and table rows arrive whole, as from Word. */
export const htmlReader: Reader = { layout: { lineBreaks: 'paragraphs', markup: 'none' }, read: (bytes, fileName) => readHtml(bytes, fileName) };
