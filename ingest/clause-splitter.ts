/**
 * Builds the clause tree of a document from its cleaned paragraphs: 编/章/节/条/款/项 for laws,
 * 一、（一）1.（1）① for official documents, inline industry labels, preamble and 落款.
 */
import { PREAMBLE_NAME, type Clause, type ClauseKind } from '../core/schemas.js';
import { FIELD_LINE, LEAD_BRACKET, ROLE_BRACKET_SOURCE, TABLE_MARK_LINE, TABLE_ROW, numberToChinese, piecesBetweenPeriods } from '../core/text/zh/index.js';
import type { CleanedText } from './clean.js';
import type { Classified } from './front-matter.js';
import { PARAGRAPH_RANK, parseMarker } from './outline-marker.js';
import { findLabels } from './inline-labels.js';

interface Node {
  clause: Clause;
  rank: number;
  /** Heading line only, no body of its own yet: following unnumbered paragraphs are its body. */
  headingOnly: boolean;
  /** Paragraphs of body text it holds (for 第N段 / 第N款 numbering). */
  paragraphs: number;
  children: number;
}

const SEGMENT: Partial<Record<ClauseKind, string>> = {
  part: 'b', chapter: 'c', section: 's', article: 'a', paragraph: 'p', item: 'i', attachment: 'att', label: 'L',
};

// 切实落实安全管理责任 of 切实落实安全管理责任。… or of 切实落实安全管理责任（责任处室：…）: the title up to a stop or an assigning parenthetical.
const HEADING_TITLE = new RegExp(`^.*?(?=[。；：:！？]|${ROLE_BRACKET_SOURCE}|$)`, 'u');

/** Short heading title for the path: 一、总体要求, （一）切实落实安全管理责任, 第十二条. */
function pathElement(kind: ClauseKind, marker: string, text: string): string {
  if (kind === 'article' || kind === 'item' || kind === 'paragraph') return marker;
  const rest = text.slice(marker.length).replace(/^[\s　]+/u, '');
  if (kind === 'chapter' || kind === 'part' || kind === 'section') return `${marker} ${rest}`.trim();
  const title = HEADING_TITLE.exec(rest)?.[0] ?? '';
  const chars = [...title];
  return marker + (chars.length > 24 ? chars.slice(0, 24).join('') + '…' : title);
}

function isHeadingOnly(text: string, marker: string): boolean {
  const rest = text.slice(marker.length).trim();
  const sentences = piecesBetweenPeriods(rest);
  return sentences.length <= 1 && [...rest].length <= 40 && !LEAD_BRACKET.test(rest);
}

class TreeBuilder {
  readonly clauses: Clause[] = [];
  private stack: Node[] = [];
  private ids = new Set<string>();
  private preambleCount = 0;
  private rows = new Map<string, number>();

  constructor(
    private readonly docId: string,
    private readonly text: string,
  ) {}

  private add(kind: ClauseKind, segment: string, name: string, start: number, end: number, page: number, parent?: Node): Clause {
    const base = parent ? `${parent.clause.id}.${segment}` : `${this.docId}#${segment}`;
    let id = base;
    for (let n = 2; this.ids.has(id); n++) id = `${base}~${n}`;
    this.ids.add(id);
    const path = parent ? [...parent.clause.path, name] : [name];
    const clause: Clause = { id, docId: this.docId, path, level: path.length, kind, page, text: this.text.slice(start, end), start, end };
    if (parent) clause.parentId = parent.clause.id;
    this.clauses.push(clause);
    return clause;
  }

  private setEnd(clause: Clause, end: number): void {
    clause.end = end;
    clause.text = this.text.slice(clause.start, end).trimEnd();
    clause.end = clause.start + clause.text.length;
  }

  /** A quoted passage (the text a notice amends an article to) is part of the clause quoting it; false before any clause. */
  quoted(end: number): boolean {
    const top = this.stack.at(-1);
    if (top) this.setEnd(top.clause, end);
    return top !== undefined;
  }

  inArticle(): boolean {
    return this.stack.some((n) => n.clause.kind === 'article');
  }

  preamble(role: keyof typeof PREAMBLE_NAME, start: number, end: number, page: number): void {
    const last = this.clauses.at(-1);
    // Consecutive 落款 lines (issuer, date) are one clause.
    if (role === 'signature' && last?.path[0] === PREAMBLE_NAME.signature && last.end + 2 === start) return this.setEnd(last, end);
    this.add('preamble', `0.${++this.preambleCount}`, PREAMBLE_NAME[role], start, end, page);
  }

  marked(kind: ClauseKind, rank: number, number: number, marker: string, start: number, end: number, page: number): Node {
    while (this.stack.length > 0 && this.stack.at(-1)!.rank >= rank) this.stack.pop();
    const parent = this.stack.at(-1);
    const segment = `${SEGMENT[kind] ?? ''}${number}`;
    const clause = this.add(kind, segment, pathElement(kind, marker, this.text.slice(start, end)), start, end, page, parent);
    if (parent) parent.children++;
    this.extendArticle(end);
    const headingOnly = kind !== 'article' && isHeadingOnly(clause.text, marker);
    // A heading line is not a 段 of its unit; an item with inline body is its own first 段.
    const node: Node = { clause, rank, headingOnly, paragraphs: headingOnly ? 0 : 1, children: 0 };
    this.stack.push(node);
    return node;
  }

  /**
   * An article's text is the whole article, 款 and 项 included: 安全生产法第二十一条 is cited as one unit.
   * Its 款 and 项 are also clauses of their own (slices inside it) for the tree and precise display.
   */
  private extendArticle(end: number): void {
    const article = this.stack.findLast((n) => n.clause.kind === 'article');
    if (article && article.clause.end < end) this.setEnd(article.clause, end);
  }

  unmarked(start: number, end: number, page: number): Node | undefined {
    const articleAt = this.stack.findLastIndex((n) => n.clause.kind === 'article');
    if (articleAt >= 0) {
      // A later paragraph of an article is its next 款.
      this.stack.length = articleAt + 1;
      const article = this.stack[articleAt]!;
      const n = ++article.paragraphs;
      return this.marked('paragraph', PARAGRAPH_RANK, n, `第${numberToChinese(n)}款`, start, end, page);
    }
    const top = this.stack.at(-1);
    if (!top) return undefined;
    // 牵头单位：市人社局 / 完成时限：… on lines of their own belong to the item above them.
    if (FIELD_LINE.test(this.text.slice(start, end)) && top.children === 0) {
      this.setEnd(top.clause, end);
      return top;
    }
    if (top.headingOnly && top.children === 0) {
      this.setEnd(top.clause, end);
      top.paragraphs++;
      return top;
    }
    // A paragraph after a full item closes the enclosing unit (三、… 末段), not the item.
    this.stack.pop();
    const owner = this.stack.at(-1);
    const n = owner ? ++owner.paragraphs : ++this.preambleCount;
    const node: Node = {
      clause: this.add('paragraph', `p${n}`, `第${n}段`, start, end, page, owner),
      rank: top.rank,
      headingOnly: false,
      paragraphs: 1,
      children: 0,
    };
    if (owner) owner.children++;
    this.stack.push(node);
    return node;
  }

  /**
   * A Word table row (序号：1；重点任务：…；牵头单位：…) is a clause of its own under the current node, so a
   * question about one task cites that row, not the whole table. Rows are leaves: the next row or
   * paragraph attaches to the same node.
   */
  row(start: number, end: number, page: number): void {
    const parent = this.stack.at(-1);
    const n = (this.rows.get(parent?.clause.id ?? '') ?? 0) + 1;
    this.rows.set(parent?.clause.id ?? '', n);
    this.add('row', `r${n}`, `第${n}行`, start, end, page, parent);
    if (parent) parent.children++;
    this.extendArticle(end);
  }

  /** Splits a node's paragraph at inline industry labels (**民爆行业**，…) into label sub-clauses. */
  labels(node: Node, paragraphStart: number, paragraphEnd: number, page: number, spans: Array<[number, number]>): void {
    const labels = findLabels(this.text, paragraphStart, paragraphEnd, spans);
    if (labels.length === 0) return;
    this.setEnd(node.clause, labels[0]!.start);
    labels.forEach((label, i) => {
      const end = labels[i + 1]?.start ?? paragraphEnd;
      const clause = this.add('label', `L${i + 1}`, label.name, label.start, end, page, node);
      this.setEnd(clause, end);
      node.children++;
    });
  }
}

/** Splits cleaned text into clauses; metadata paragraphs (title, 文号, 抄送, 印发…) are left out. */
export function splitClauses(docId: string, cleaned: CleanedText, front: Classified): Clause[] {
  const builder = new TreeBuilder(docId, cleaned.text);
  let inTable = false;
  cleaned.paragraphs.forEach((p, i) => {
    const role = front.roles.get(i);
    if (role === 'body' || role === 'addressee' || role === 'signature') return builder.preamble(role, p.start, p.end, p.page);
    if (role !== undefined) return;
    if (p.quoted && builder.quoted(p.end)) return;
    const paragraph = cleaned.text.slice(p.start, p.end);
    if (inTable && TABLE_ROW.test(paragraph)) return builder.row(p.start, p.end, p.page);
    inTable = TABLE_MARK_LINE.test(paragraph);
    const marker = parseMarker(paragraph, builder.inArticle());
    const node = marker
      ? builder.marked(marker.kind, marker.rank, marker.number, marker.marker, p.start, p.end, p.page)
      : builder.unmarked(p.start, p.end, p.page);
    if (!node) return builder.preamble('body', p.start, p.end, p.page);
    if (node.clause.start === p.start) builder.labels(node, p.start, p.end, p.page, cleaned.emphasis);
  });
  return builder.clauses;
}
