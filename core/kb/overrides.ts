/**
 * Clause-level changes between documents: a notice that says 《分工方案》第6项…调整为每季度, 第5项…改由X牵头,
 * 《细则》第二条修改为…, or 第9项…仍按每月执行 is read into overrides of the named document's item, each with
 * the date it takes effect. Read once when the knowledge base is built, from all documents together.
 */
import type { Clause, DocumentMeta, Override } from '../schemas.js';
import { norm } from '../text/normalize.js';
import { CHANGED_FIELD, CHANGES_FOLLOW, UNCHANGED_PART, CHANGE_WORDS, DELETES_ITEM, EFFECTIVE_FROM, FROM_ISSUE, ITEM_REF, KIND_BEFORE_ITEM, SECTION_REF, LEVEL_SUFFIX_END, NAMED_DOC, SHORT_NAME, CITED_DOC_NUMBER, ZONE_OF_CITY, canonicalDocNumber, chineseToNumber, numberToChinese, splitSentences } from '../text/zh/index.js';
import { groupBy } from '../group-by.js';
import type { Reassignment } from '../lexicon/reassigned.js';
import { NATIONAL } from '../lexicon/gazetteer.js';
import { versionDate } from './in-force.js';
import { isSearchable } from './searchable.js';

/** 中华人民共和国安全生产法（2021修正） → 安全生产法: a title compared without the state's name and brackets. */
export function titleCore(title: string): string {
  return norm(title).replace(/^中华人民共和国/u, '').replace(/[（(][^）)]*[）)]/gu, '').replace(/关于印发|的通知$/gu, '');
}

/**
 * The document a name in 《》 means: by its short name's full title, or by title containment either way; of several
 * (《方案》 with no 以下简称, in a knowledge base of many 方案), one the text names in full (`named`).
 */
function resolveDoc(name: string, shortNames: ReadonlyMap<string, string>, others: readonly DocumentMeta[], named: ReadonlySet<string> = new Set()): DocumentMeta | undefined {
  const full = titleCore(shortNames.get(name) ?? name);
  if (full.length < 2) return undefined;
  const matching = others.filter((d) => titleCore(d.title).includes(full));
  return matching.find((d) => named.has(d.id)) ?? matching[0] ?? others.find((d) => full.includes(titleCore(d.title)) && titleCore(d.title).length >= 4);
}

/** 纪要议定事项第三项: the one other document whose title is of the kind named right before the item, if only one is. */
function ofKind(before: string, others: readonly DocumentMeta[]): DocumentMeta | undefined {
  const kind = KIND_BEFORE_ITEM.exec(before)?.[1];
  const matching = kind ? others.filter((d) => titleCore(d.title).includes(kind)) : [];
  return matching.length === 1 ? matching[0] : undefined;
}

/**
 * The clause of `doc` an item reference names: 第6项 → table row 6 (or list item 6); 第二条 → that article;
 * 第六条第二款 → that article's second paragraph (the first is the article's own clause); 第十条表格中街道办事处…的
 * 检查频次 → the row of the article's table whose cells the sentence names; 第六部分第（一）项 → item （一） of part 六、.
 */
function resolveItem(number: string, kind: string, docClauses: readonly Clause[], paragraph: string | undefined, sentence: string, part?: string): Clause | undefined {
  const n = chineseToNumber(number);
  if (!Number.isInteger(n)) return undefined;
  // 第六部分第（一）项: item （一） under the part headed 六、
  if (part !== undefined) {
    const head = `${part}、`;
    return docClauses.find((c) => c.path.some((p, i) => i < c.path.length - 1 && p.startsWith(head)) && new RegExp(`^[（(]${numberToChinese(n)}[）)]`, 'u').test(c.path.at(-1) ?? ''));
  }
  if (kind === '条') {
    const article = docClauses.find((c) => c.kind === 'article' && c.path.at(-1)?.startsWith(`第${numberToChinese(n)}条`));
    const p = paragraph === undefined ? undefined : chineseToNumber(paragraph);
    if (!article || p === undefined || p <= 1) return (article && p === undefined ? rowNamed(article, docClauses, sentence) : undefined) ?? article;
    return docClauses.find((c) => c.path.length === article.path.length + 1 && c.path.at(-2) === article.path.at(-1) && c.path.at(-1) === `第${numberToChinese(p)}款`);
  }
  const row = docClauses.find((c) => c.kind === 'row' && (new RegExp(`^序号[:：]\\s*${n}[；;]`, 'u').test(c.text) || c.path.at(-1) === `第${n}行`));
  if (row) return row;
  const cn = numberToChinese(n);
  // 1. or （1） first, then （三）, then a 纪要's 三、 (its 议定事项 are its top-level items)
  for (const label of [`${n}[.．、]|[（(]${n}[）)]`, `[（(]${cn}[）)]`, `${cn}、`]) {
    const found = docClauses.find((c) => c.kind.startsWith('outline') && new RegExp(`^(?:${label})`, 'u').test(c.text));
    if (found) return found;
  }
  return undefined;
}

/** Section 3.2 of a plan numbered 1 / 1.1 (its heading path element is 3.2 or 3.2 信息报告), or its 项 （一）. */
function resolveSection(section: string, item: string | undefined, docClauses: readonly Clause[]): Clause | undefined {
  const heads = (c: Clause) => { const last = c.path.at(-1) ?? ''; return last.startsWith(section) && !/^[\d.．]/u.test(last.slice(section.length)); };
  const found = docClauses.find(heads);
  if (!found || item === undefined) return found;
  const label = new RegExp(`^[（(]${numberToChinese(chineseToNumber(item))}[）)]`, 'u');
  return docClauses.find((c) => c.parentId === found.id && label.test(c.path.at(-1) ?? '')) ?? found;
}

/** The one row of an article's tables whose cell values (four characters or more) the sentence names most. */
function rowNamed(article: Clause, docClauses: readonly Clause[], sentence: string): Clause | undefined {
  const rows = docClauses.filter((c) => c.kind === 'row' && c.docId === article.docId && c.path[article.path.length - 1] === article.path.at(-1));
  const scored = rows.map((row) => ({ row, named: row.text.split(/[；;]/u).map((cell) => cell.split(/[：:]/u).at(-1)!.trim()).filter((v) => [...v].length >= 4 && sentence.includes(v)).length }));
  const best = Math.max(0, ...scored.map((s) => s.named));
  const top = scored.filter((s) => s.named === best);
  return best > 0 && top.length === 1 ? top[0]!.row : undefined;
}

function isoOf(y: string, m: string, d: string): string {
  return `${y}-${m.padStart(2, '0')}-${d.padStart(2, '0')}`;
}

/**
 * The place a change by `doc` holds in, when only there: a zone's notice (桤坞经济开发区管理委员会关于…) changing its
 * city's 方案 holds in the zone; a local document changing one of another place (its city's) holds in its own place.
 */
function scopeOf(doc: DocumentMeta, target: DocumentMeta): string | undefined {
  const zone = [doc.title, ...(doc.issuers ?? [])].map((t) => ZONE_OF_CITY.exec(t)).find((m) => m?.index === 0)?.[0];
  if (zone !== undefined) return zone;
  const bare = (place: string) => place.replace(LEVEL_SUFFIX_END, '');
  return doc.place !== undefined && doc.place !== NATIONAL && target.place !== undefined && bare(doc.place) !== bare(target.place) ? doc.place : undefined;
}

/** The first change word after `from` in a sentence, by position. */
function actionAfter(sentence: string, from: number): Override['action'] | undefined {
  const rest = sentence.slice(from);
  return CHANGE_WORDS.map((w) => ({ action: w.action, at: rest.search(w.re) }))
    .filter((x) => x.at >= 0)
    .sort((a, b) => a.at - b.at)[0]?.action;
}

/** A name in 《》 this long is a title, not a bare kind (《方案》, 《细则》). */
const FULL_NAME = 6;

/** Every override the documents state about each other. */
export function findOverrides(documents: readonly DocumentMeta[], clauses: readonly Clause[]): Override[] {
  const byDoc = groupBy(clauses, (c) => c.docId);
  const out: Override[] = [];
  for (const doc of documents) {
    const own = byDoc.get(doc.id) ?? [];
    const others = documents.filter((d) => d.id !== doc.id);
    // (its title too: 关于在东坪区调整执行《青川市…实施方案》有关事项的通知 names the one it changes)
    const text = [doc.title, ...own.map((c) => c.text)].join('\n');
    const shortNames = new Map([...text.matchAll(SHORT_NAME)].map((m) => [m[2]!, m[1]!]));
    // A notice that names exactly one other document (by title or 文号) changes that one when an item says no name.
    const named = new Set([
      // (a bare kind, 《方案》 with no 以下简称, names none of several)
      ...[...text.matchAll(NAMED_DOC)].filter((m) => shortNames.has(m[1]!) || [...m[1]!].length >= FULL_NAME).map((m) => resolveDoc(m[1]!, shortNames, others)?.id),
      ...[...text.matchAll(CITED_DOC_NUMBER)].map((m) => others.find((d) => d.docNumber && canonicalDocNumber(d.docNumber) === canonicalDocNumber(m[0]))?.id),
    ].filter((id): id is string => id !== undefined));
    const only = named.size === 1 ? others.find((d) => named.has(d.id)) : undefined;
    // 一、对《…办法》作如下修改： — the items after it, which name no document, change that one.
    let heading: DocumentMeta | undefined;
    for (const clause of own) {
      for (const s of splitSentences(clause.text)) {
        const follows = CHANGES_FOLLOW.exec(s.text);
        if (follows) heading = resolveDoc(follows[1]!, shortNames, others, named);
        // 第5项, 第二条第一款, 第六部分第（一）项; a plan's section 3.2第（一）项
        const sections = [...s.text.matchAll(SECTION_REF)].map((m) => ({ index: m.index, label: m[0], resolve: (cs: readonly Clause[]) => resolveSection(m[1]!, m[2], cs) }));
        const inSection = (at: number) => sections.some((x) => at >= x.index && at < x.index + x.label.length);
        const refs = [
          ...[...s.text.matchAll(ITEM_REF)].filter((m) => !inSection(m.index)).map((m) => ({ index: m.index, label: m[0], resolve: (cs: readonly Clause[]) => resolveItem(m[2]!, m[3]!, cs, m[4], s.text, m[1]) })),
          ...sections,
        ].sort((a, b) => a.index - b.index);
        for (const item of refs) {
          // 第二十五条　… at the head of an article is its own label, not a reference to another document's item
          // (第十七条修改为： at the head of a 决定's paragraph still is one)
          if (item.index === 0 && /^\s/u.test(s.text.slice(item.label.length)) && clause.path.at(-1)?.startsWith(item.label)) continue;
          const before = [...s.text.slice(0, item.index).matchAll(NAMED_DOC)].at(-1);
          const target = before ? resolveDoc(before[1]!, shortNames, others, named) : (ofKind(s.text.slice(0, item.index), others) ?? heading ?? only);
          if (!target) continue;
          const action = DELETES_ITEM.test(s.text.slice(0, item.index)) ? 'repeal' : (actionAfter(s.text, item.index) ?? (/修改为[：:]$/u.test(s.text.trim()) ? 'adjust' : undefined));
          if (!action) continue;
          // A change takes effect on the date it states, else when its document takes effect (本决定自…起施行), else on issue.
          const at = EFFECTIVE_FROM.exec(s.text) ?? EFFECTIVE_FROM.exec(clause.text);
          const effective = at ? isoOf(at[1]!, at[2]!, at[3]!) : FROM_ISSUE.test(s.text) ? doc.date : (doc.effective ?? doc.date);
          const targetClause = item.resolve(byDoc.get(target.id) ?? []);
          const name = before ? `《${before[1]}》` : `《${target.title}》`;
          // 完成时限调整为…，牵头单位和配合单位不变: what stays the same names no changed field
          const rest = s.text.slice(item.index).replace(UNCHANGED_PART, '');
          const field = CHANGED_FIELD.find((f) => f.re.test(rest))?.field;
          const scope = scopeOf(doc, target);
          out.push({
            id: `${clause.id}/o${out.filter((o) => o.clauseId === clause.id).length + 1}`,
            docId: doc.id,
            clauseId: clause.id,
            targetDocId: target.id,
            ...(targetClause ? { targetClauseId: targetClause.id } : {}),
            target: `${name}${item.label}`,
            action,
            ...(field ? { field } : {}),
            ...(effective ? { effective } : {}),
            quote: s.text,
            ...(scope ? { scope } : {}),
          });
        }
      }
    }
  }
  return out;
}

/**
 * Local clauses that give a matter to an authority a later national law took it from (重庆市消防条例 2013: 向公安机关
 * 消防机构申请消防验收; 消防法 2019: 向住房和城乡建设主管部门申请) yield, from the law's date, to the law's clause that
 * gives it to the new one — only when the knowledge base holds that law and that clause.
 */
export function reassignmentOverrides(documents: readonly DocumentMeta[], clauses: readonly Clause[], reassigned: readonly Reassignment[]): Override[] {
  const out: Override[] = [];
  const byId = new Map(documents.map((d) => [d.id, d]));
  const names = (text: string, words: readonly string[]) => words.some((w) => text.includes(w));
  for (const r of reassigned) {
    const law = documents.filter((d) => d.place === NATIONAL && titleCore(d.title).includes(titleCore(r.law)) && (versionDate(d) ?? '') >= r.since).map((d) => d.id);
    const by = clauses.find((c) => law.includes(c.docId) && isSearchable(c) && c.text.includes(r.to) && names(c.text, r.matters));
    if (!by) continue;
    const quote = splitSentences(by.text).find((x) => x.text.includes(r.to) && names(x.text, r.matters))?.text ?? by.text;
    for (const c of clauses) {
      const doc = byId.get(c.docId);
      const written = doc ? versionDate(doc) : undefined;
      if (!doc || doc.place === NATIONAL || !written || written >= r.since || !isSearchable(c) || !names(c.text, r.from) || !names(c.text, r.matters)) continue;
      out.push({ id: `${by.id}/r${out.length + 1}`, docId: by.docId, clauseId: by.id, targetDocId: doc.id, targetClauseId: c.id, target: `《${doc.title}》${c.path.at(-1) ?? ''}`, action: 'adjust', field: 'lead', effective: r.since, quote });
    }
  }
  return out;
}
