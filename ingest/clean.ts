/**
 * Repairs what extraction breaks and cuts the text into paragraphs.
 * The cleaned text is what clause offsets point into: every clause is an exact slice of it.
 */
import type { Layout, Markup, RawPage } from './readers/reader.js';
import { LAW_UNIT_HEAD, OUTLINE_LINE_START, TABLE_MARK_LINE, TABLE_ROW } from '../core/text/zh/index.js';

export interface Paragraph {
  start: number;
  end: number;
  page: number;
  /** Quoted from elsewhere (markdown `> `): the text a notice amends an article to is not an article of the notice. */
  quoted?: true;
}

export interface CleanedText {
  /** Paragraphs joined by a blank line. */
  text: string;
  paragraphs: Paragraph[];
  /** Spans that were emphasised (markdown `**…**`), as offsets into `text`. */
  emphasis: Array<[number, number]>;
}

interface Line {
  text: string;
  page: number;
  /** A blank line (or a page break) preceded it. */
  gap: boolean;
  emphasis: Array<[number, number]>;
  quoted: boolean;
}

// Sentence-final or clause-final punctuation: a line ending here closes a paragraph.
const TERMINAL = /[。；！？：:;!?」』”"）)】]$/u;
// A title line ends in the kind of document: …的通知, …实施方案 — never wrapped mid-sentence there.
const TITLE_END = /(的通知|的意见|的决定|的批复|实施方案|工作方案)$/u;
// Running page numbers: — 3 —, - 3 -, 第3页 共5页, 第 3 页, 3/5, a bare 3.
const PAGE_NUMBER = /^(?:[-—–－~～\s]*\d{1,4}[-—–－~～\s]*|第\s*\d+\s*页(?:\s*[,，/]?\s*共\s*\d+\s*页)?|\d+\s*\/\s*\d+)$/u;
const CJK = '\\p{Script=Han}\\u3000-\\u303f\\uff00-\\uffef“”‘’';
// Whitespace between two CJK characters or between CJK and a digit is extraction noise: 至少 1 次, 实施方    案.
const SPACE_IN_CJK = new RegExp(`(?<=[${CJK}])[ \\t\\u00a0\\u3000]+(?=[${CJK}\\d])|(?<=[${CJK}\\d])[ \\t\\u00a0\\u3000]+(?=[${CJK}])`, 'gu');

/** Drops markers that are not text: [bookmark: x], HTML comments, markdown quote marks, heading hashes and emphasis. */
function stripMarkup(line: string, markup: Markup): { text: string; emphasis: Array<[number, number]>; quoted: boolean } {
  let s = line.replace(/\[bookmark:[^\]]*\]/gu, '').replace(/<!--.*?-->/gu, '');
  // (the text a notice amends to is often quoted: > 第二条　本细则适用于…)
  const quote = markup === 'markdown' ? /^ {0,3}(?:>[ \t]?)+/u.exec(s) : null;
  if (quote) s = s.slice(quote[0].length);
  if (markup === 'markdown' || s.includes('**')) s = s.replace(/^#{1,6}\s+/u, '');
  const emphasis: Array<[number, number]> = [];
  let out = '';
  let last = 0;
  for (const m of s.matchAll(/\*\*([^*]+)\*\*|__([^_]+)__/gu)) {
    out += s.slice(last, m.index);
    const inner = m[1] ?? m[2] ?? '';
    emphasis.push([out.length, out.length + inner.length]);
    out += inner;
    last = m.index + m[0].length;
  }
  out += s.slice(last);
  return { text: out, emphasis, quoted: quote !== null };
}

/** Lines that repeat at the top or bottom of most pages (digits ignored) are running headers or footers. */
function runningLines(pages: string[][]): Set<string> {
  const counts = new Map<string, number>();
  if (pages.length < 2) return new Set();
  for (const lines of pages) {
    const edge = new Set([...lines.slice(0, 2), ...lines.slice(-2)].map((l) => l.replace(/\d+/gu, '#')));
    for (const key of edge) counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  const min = Math.max(2, Math.ceil(pages.length * 0.5));
  return new Set([...counts].filter(([, n]) => n >= min).map(([k]) => k));
}

function toLines(pages: RawPage[], markup: Markup): Line[] {
  const split = pages.map((p) =>
    p.text
      .replace(/\r\n?/gu, '\n')
      .split('\n')
      .map((l) => l.trim()),
  );
  const running = runningLines(split.map((ls) => ls.filter((l) => l !== '')));
  const lines: Line[] = [];
  split.forEach((pageLines, i) => {
    let gap = true;
    for (const raw of pageLines) {
      const { text, emphasis, quoted } = stripMarkup(raw, markup);
      const t = text.trim();
      const isNoise = t === '' || PAGE_NUMBER.test(t) || running.has(t.replace(/\d+/gu, '#'));
      if (isNoise) {
        gap = true;
        continue;
      }
      const lead = text.length - text.trimStart().length;
      const shifted = emphasis.map(([a, b]) => [a - lead, b - lead] as [number, number]);
      lines.push({ text: t, page: pages[i]!.num, gap, emphasis: shifted, quoted });
      gap = false;
    }
  });
  return lines;
}

/** A line this many ems short of the wrap width, not ending a sentence, was still wrapped (justified lines vary). */
const WRAP_SLACK = 3;
/** Above this wrap width a plain-text file holds one paragraph per line: it is not hard-wrapped. */
const HARD_WRAP_MAX = 60;
// 电话：, 联系人：, 邮箱: — a label at the end of a line.
const LABEL_END = /(?:电话|手机|传真|邮箱|联系人|地址)[：:]$/u;
// 0489-6213359。, bhyjwhk@example.org — a value line: digits or an address, short.
const VALUE_LINE = /^[\dA-Za-z(（][\d\-—－()（）A-Za-z@._ ]{4,40}[。；;，,]?$/u;

/** Lines a plain-text file needs before it can be judged hard-wrapped. */
const HARD_WRAP_MIN_LINES = 6;
/** Share of its lines that must stop mid-sentence at the wrap width for a file to be hard-wrapped. */
const HARD_WRAP_SHARE = 0.3;

/**
 * The column a plain-text file was hard-wrapped at (web copies wrapped at 38 columns), or undefined for a
 * file with one paragraph per line: enough lines, a narrow width, and many lines cut there mid-sentence.
 */
function hardWrapWidth(lines: Line[]): number | undefined {
  if (lines.length < HARD_WRAP_MIN_LINES) return undefined;
  const width = wrapWidth(lines);
  if (width > HARD_WRAP_MAX) return undefined;
  const cut = lines.filter((l) => emWidth(l.text) >= width - WRAP_SLACK && !TERMINAL.test(l.text)).length;
  return cut / lines.length >= HARD_WRAP_SHARE ? width : undefined;
}

/** Width of a line in ems: CJK and full-width characters count 1, ASCII (digits, Latin) half. */
function emWidth(text: string): number {
  let w = 0;
  for (const ch of text) w += ch.charCodeAt(0) < 0x2e80 && !'—…“”‘’'.includes(ch) ? 0.5 : 1;
  return w;
}

/** A table's header or row line (a PDF's drawn table, rebuilt): as long as its cells make it, never wrapped. */
function isTableLine(text: string): boolean {
  return TABLE_MARK_LINE.test(text) || (TABLE_ROW.test(text) && text.includes('；'));
}

/** Width of a full line: lines about this wide were wrapped by the layout, not ended by the author. */
function wrapWidth(lines: Line[]): number {
  const widths = lines.filter((l) => !isTableLine(l.text)).map((l) => emWidth(l.text)).sort((a, b) => a - b);
  return widths[Math.floor(widths.length * 0.9)] ?? 0;
}

/**
 * Whether `next` continues the paragraph that `prev` is part of. Where the page layout wrapped the
 * lines (a PDF; `width` is given) a line as wide as the layout was wrapped; one that ends a sentence
 * (。) must be fuller still, since a paragraph's last line can end near the margin too. Elsewhere lines are whole paragraphs, so only a line cut mid-sentence
 * (依法行|政, a page break in the source) continues.
 */
function continues(prev: Line, next: Line, width: number | undefined): boolean {
  if (OUTLINE_LINE_START.test(next.text) || TITLE_END.test(prev.text)) return false;
  // 【表格】检查项目｜检查内容 then 检查项目：管理制度；检查内容：… — a table's rows are paragraphs of their own
  // (and outside a page layout, where a drawn row can run over a page break, the paragraph after a table's last
  // row is not part of that row: 牵头科室：执法支队 | 各区应急管理局参照…)
  if (TABLE_MARK_LINE.test(prev.text) || TABLE_MARK_LINE.test(next.text) || (isTableLine(prev.text) && (width === undefined || TABLE_ROW.test(next.text)))) return false;
  // 电话：| 0489-6213359。 — a label whose value the layout pushed to the next line
  if (LABEL_END.test(prev.text) && VALUE_LINE.test(next.text)) return true;
  const terminal = TERMINAL.test(prev.text);
  if (width !== undefined && emWidth(prev.text) >= width - (terminal ? 0.5 : WRAP_SLACK)) return true;
  if (terminal) return false;
  // A heading or title has no sentence in it; a line that does and stops mid-sentence was cut.
  return /[，、]$/u.test(prev.text) || /[。；]/u.test(prev.text) || [...prev.text].length >= 40;
}

function closeUp(s: string): string {
  // 第十二条 生产经营单位… / 第一章 总则: the gap after a law's unit number is kept, as one space.
  const head = LAW_UNIT_HEAD.exec(s);
  if (head) return `${head[1]} ${s.slice(head[0].length).replace(SPACE_IN_CJK, '')}`;
  return s.replace(SPACE_IN_CJK, '');
}

/** Cleans extracted pages, laid out as their reader says, into paragraphs with page numbers and honest offsets. */
export function cleanText(pages: RawPage[], layout: Layout): CleanedText {
  const lines = toLines(pages, layout.markup);
  // A PDF wraps at the layout's width; a text file copied from a web page may be hard-wrapped at a column.
  const width = layout.lineBreaks === 'wrapped' ? wrapWidth(lines) : layout.lineBreaks === 'as-typed' ? hardWrapWidth(lines) : undefined;
  // Word paragraphs (and table rows) arrive whole: nothing to join.
  const joinable = layout.lineBreaks !== 'paragraphs';
  const paragraphs: Paragraph[] = [];
  const emphasis: Array<[number, number]> = [];
  let text = '';
  let prev: Line | undefined;
  for (const line of lines) {
    const joined = joinable && prev !== undefined && continues(prev, line, width);
    if (!joined) {
      if (paragraphs.length > 0) text += '\n\n';
      paragraphs.push({ start: text.length, end: text.length, page: line.page, ...(line.quoted ? { quoted: true as const } : {}) });
    }
    const piece = closeUp(line.text);
    const glue = joined && /[A-Za-z0-9]$/u.test(text) && /^[A-Za-z0-9]/u.test(piece) ? ' ' : '';
    const base = text.length + glue.length;
    // Emphasis offsets survive close-up only approximately; re-find each span's text instead.
    for (const [a, b] of line.emphasis) {
      const word = closeUp(line.text.slice(a, b));
      const at = piece.indexOf(word);
      if (word && at >= 0) emphasis.push([base + at, base + at + word.length]);
    }
    text += glue + piece;
    paragraphs[paragraphs.length - 1]!.end = text.length;
    prev = line;
  }
  return { text, paragraphs, emphasis };
}
