/**
 * Drafts an inspection checklist from a request: reads the scope, retrieves broadly, keeps the clauses
 * that bind the scope, and turns each obligation sentence into a cited check. Nothing without a source:
 * every item cites the sentence it was worded from, checked to be an exact substring of its clause.
 */
import { searchableClauses } from '../kb/searchable.js';
import { ofDocuments } from '../kb/of-documents.js';
import { createHash, randomBytes } from 'node:crypto';
import type { AnswerContext } from '../answer/context.js';
import type { KnowledgeBase } from '../kb/knowledge-base.js';
import type { Aliases } from '../lexicon/aliases.js';
import { Citer } from '../answer/citer.js';
import { throwIfAborted } from '../errors.js';
import type { Checklist, ChecklistItem, Clause, DocumentMeta, SearchFilters } from '../schemas.js';
import { norm } from '../text/normalize.js';
import { HEADING_NUMBERING, UNIT_NAME_END } from '../text/zh/index.js';
import { wordCheck } from './check-item.js';
import { shortTitle } from './checklist-rows.js';
import { obligationsOf, pathIndustries, type Obligation } from './obligations.js';
import { readScope, type ChecklistScope } from './scope.js';
import { listedChecks, type ListedCheck } from './listed-checks.js';
import type { QueryAnalysis } from '../retrieval/query-analysis.js';

export interface DraftOptions {
  signal?: AbortSignal;
  /** The creation time to stamp (tests pin it). */
  now?: Date;
}

/** Hits per search; several searches are merged, so the union reaches well past one answer's evidence. */
export const SEARCH_K = 30;
/** When the asker's industry has at least this many checks of its own, general enterprise duties are left out. */
export const MIN_SPECIFIC = 6;
/** A heading must hold this share of the topic words for the list to keep to its section. */
export const TOPIC_FOCUS = 0.5;
/** Top hits a document must hold to be read when no document holds a third of them. */
export const SPREAD_HITS = 2;
/** Two checks whose wording shares this share of character pairs say the same and are merged. */
export const SAME_CHECK = 0.7;

const OUTLINE = /^outline|^part$|^chapter$|^section$/u;

/** Drafts the checklist for `request`; an empty `items` means no clause in the knowledge base binds the scope. */
export async function draftChecklist(ctx: AnswerContext, request: string, filters?: SearchFilters, options: DraftOptions = {}): Promise<Checklist> {
  const { kb } = ctx;
  const { aliases } = ctx.lexicon;
  const analysis = ctx.searcher.analyze(request);
  const knownUnits = unitsOf(kb);
  const scope = readScope(request, analysis, kb.documents, knownUnits, aliases, ctx.lexicon.places, filters);
  let items = await draftItems(ctx, request, analysis, scope, filters, options.signal);
  // an enterprise whose place's documents bind it in nothing (a city's 方案 gives tasks to departments) is bound by
  // its province's and the nation's: the rest of its chain
  const rest = scope.within?.filter((id) => !scope.docIds.includes(id));
  if (items.length === 0 && rest && rest.length > 0) items = await draftItems(ctx, request, analysis, { ...scope, docIds: [], within: rest }, filters, options.signal);
  const docIds = [...new Set(items.flatMap((i) => i.citations.map((c) => c.docId)))];
  const sources = docIds.map((id) => ctx.documents.get(id)).filter((d): d is DocumentMeta => d !== undefined).map((d) => ({ docId: d.id, file: d.file, title: d.title }));
  const createdAt = (options.now ?? new Date()).toISOString();
  return { id: checklistId(request, createdAt), title: titleOf(scope), request, scope: scopeText(scope, sources), createdAt, sources, items };
}

async function draftItems(ctx: AnswerContext, request: string, analysis: QueryAnalysis, scope: ChecklistScope, filters: SearchFilters | undefined, signal?: AbortSignal): Promise<ChecklistItem[]> {
  const excluded = ctx.inForce(ctx.today()).excluded;
  const candidates = new Map([...(await retrieve(ctx, analysis, scope, filters, signal))].filter(([id]) => !excluded.has(id)));
  // A document that already lists its checks (是否…) or criteria is reproduced; otherwise obligations are worded as checks.
  const listed = scope.role === 'enterprise' ? listedChecks(ctx, request, analysis, new Set([...candidates.values()].map((c) => c.docId))) : [];
  return listed.length > 0 ? listedItems(listed, ctx.documents) : obligationItems(ctx, scope, [...candidates.values()], ctx.lexicon.aliases);
}

function obligationItems(ctx: AnswerContext, scope: ChecklistScope, candidates: Clause[], aliases: Aliases): ChecklistItem[] {
  const clauses = focusOnTopic(keepBinding(candidates, scope, ctx.kb.clauses, aliases), scope);
  let obligations = clauses.flatMap((c) => obligationsOf(c, scope, ctx.documents.get(c.docId), ctx.kb.duties, aliases));
  // A 民爆 list from documents with a 民爆 section keeps to it; a thin one is filled with duties of every enterprise.
  if (scope.role === 'enterprise' && obligations.filter((o) => o.specific).length >= MIN_SPECIFIC) obligations = obligations.filter((o) => o.specific);
  return toItems(obligations, scope, ctx.documents, aliases);
}

/** Items from a document's own check list or criteria, in document order, each citing its item. */
function listedItems(listed: readonly ListedCheck[], documents: ReadonlyMap<string, DocumentMeta>): ChecklistItem[] {
  const citer = new Citer(documents);
  const sorted = [...listed].sort((a, b) => a.clause.docId.localeCompare(b.clause.docId) || a.clause.start - b.clause.start || a.clause.text.indexOf(a.quote) - b.clause.text.indexOf(b.quote));
  return sorted.map(({ clause, quote, group, ...wording }, i) => {
    const n = citer.cite(clause, quote);
    return { n: i + 1, group, ...wording, citations: [{ ...citer.citations[n - 1]!, quote }] };
  });
}

/** The request itself, then one search per industry, unit and topic word; documents the request names are read whole. */
async function retrieve(ctx: AnswerContext, analysis: QueryAnalysis, scope: ChecklistScope, filters: SearchFilters | undefined, signal?: AbortSignal): Promise<Map<string, Clause>> {
  const more = [...scope.industries.map((k) => `${k} 企业 安全 检查`), ...(scope.unit ? [`${scope.unit} 负责 工作`] : []), ...scope.topicWords];
  const chain = scope.docIds.length === 0 ? scope.within : undefined;
  const within = scope.docIds.length > 0 ? scope.docIds : chain;
  const narrowed: SearchFilters = { ...filters, ...(within ? { docIds: within } : {}) };
  const options = { k: SEARCH_K, filters: narrowed, ...(signal ? { signal } : {}) };
  const found = new Map<string, Clause>();
  // The request's own hits decide which documents to read when it names none.
  // within an enterprise's chain, its place no longer prefers its own documents over the province's or the nation's
  const first = await ctx.searcher.searchAnalyzed(chain ? { ...analysis, places: [] } : analysis, options);
  const firstDocs = first.slice(0, 10).map((h) => h.clause.docId);
  for (const h of first) found.set(h.clause.id, h.clause);
  for (const q of more) {
    throwIfAborted(signal);
    for (const h of await ctx.searcher.search(q, options)) found.set(h.clause.id, h.clause);
  }
  throwIfAborted(signal);
  // an enterprise's chain holds documents that bind it and documents about its regulators: each with hits is read,
  // and the clauses that bind no enterprise are dropped below
  const docIds = scope.docIds.length > 0 ? scope.docIds : chain ? spread(first.map((h) => h.clause.docId)) : mostHit(firstDocs);
  for (const c of ofDocuments(searchableClauses(ctx.kb.clauses), scope.docIds)) found.set(c.id, c);
  return new Map([...found].filter(([, c]) => docIds.includes(c.docId)));
}

/** How many of the hits each document holds. */
function hitsPerDoc(docIds: readonly string[]): Array<[string, number]> {
  const counts = new Map<string, number>();
  for (const d of docIds) counts.set(d, (counts.get(d) ?? 0) + 1);
  return [...counts];
}

/**
 * With no document named, the documents that hold at least a third of the request's top hits; where the hits
 * spread wider (a province's 办法, the national 条例 and city plans all on one subject), each that holds two.
 */
function mostHit(docIds: readonly string[]): string[] {
  const most = hitsPerDoc(docIds).filter(([, n]) => n * 3 >= docIds.length).map(([d]) => d);
  return most.length > 0 ? most : spread(docIds);
}

/** The documents that hold at least SPREAD_HITS of the hits. */
function spread(docIds: readonly string[]): string[] {
  return hitsPerDoc(docIds).filter(([, n]) => n >= SPREAD_HITS).map(([d]) => d);
}

/** Drops front matter, clauses headed by other industries, and outline lead-ins whose sub-items are kept (they say it in detail). */
function keepBinding(clauses: readonly Clause[], scope: ChecklistScope, all: readonly Clause[], aliases: Aliases): Clause[] {
  const otherIndustry = (c: Clause) => {
    if (scope.industries.length === 0) return false;
    const named = pathIndustries(c, aliases);
    return named.length > 0 && !named.some((k) => scope.industries.includes(k));
  };
  const kept = clauses.filter((c) => c.kind !== 'preamble' && c.kind !== 'closing' && !otherIndustry(c));
  // An outline clause is a lead-in when a sub-item of it that is not another industry's is in the knowledge base.
  const children = subItemsOf(all);
  const leadIn = (c: Clause) => (children.get(c.id) ?? []).some((s) => !otherIndustry(s));
  return kept.filter((c) => !(OUTLINE.test(c.kind) && leadIn(c)));
}

// Read from the whole knowledge base on every draft, so kept per knowledge base (per clause list).
const unitsCache = new WeakMap<KnowledgeBase, readonly string[]>();
const subItemsCache = new WeakMap<readonly Clause[], ReadonlyMap<string, readonly Clause[]>>();

/** The units the duty matrix and the documents' addressees name (those that end like a unit: a law's 生产、经营、使用单位 leaves 经营). */
function unitsOf(kb: KnowledgeBase): readonly string[] {
  let got = unitsCache.get(kb);
  if (!got) unitsCache.set(kb, (got = [...kb.duties.flatMap((d) => [...d.lead, ...d.cooperate]), ...kb.documents.flatMap((d) => d.addressees ?? [])].filter((u) => UNIT_NAME_END.test(u))));
  return got;
}

/** Outline items and labels by their parent's id: what makes the parent a lead-in. */
function subItemsOf(all: readonly Clause[]): ReadonlyMap<string, readonly Clause[]> {
  let got = subItemsCache.get(all);
  if (!got) {
    const byParent = new Map<string, Clause[]>();
    for (const c of all) {
      if (!c.parentId || !(OUTLINE.test(c.kind) || c.kind === 'label')) continue;
      const siblings = byParent.get(c.parentId);
      if (siblings) siblings.push(c);
      else byParent.set(c.parentId, [c]);
    }
    subItemsCache.set(all, (got = byParent));
  }
  return got;
}

/** Share of the topic words (or of their character pairs) a heading holds. */
function headingScore(heading: string, words: readonly string[]): number {
  const h = norm(heading);
  const pairs = (w: string) => Array.from({ length: Math.max(1, w.length - 1) }, (_, i) => w.slice(i, i + 2));
  const got = words.reduce((sum, w) => sum + (h.includes(w) ? 1 : pairs(w).filter((p) => h.includes(p)).length / pairs(w).length / 2), 0);
  return words.length === 0 ? 0 : got / words.length;
}

/** A request whose topic words name one section's heading (指导督促工业企业 → 二、…指导督促工业行业…) keeps to that section. */
function focusOnTopic(clauses: Clause[], scope: ChecklistScope): Clause[] {
  if (scope.topicWords.length === 0) return clauses;
  const score = (c: Clause) => Math.max(0, ...c.path.map((p) => headingScore(p, scope.topicWords)));
  const best = Math.max(0, ...clauses.map(score));
  return best >= TOPIC_FOCUS ? clauses.filter((c) => score(c) >= best * 0.75) : clauses;
}

function groupOf(clause: Clause, doc: DocumentMeta | undefined, manyDocs: boolean): string {
  // 第十六条 names no group once its number goes: its chapter (第三章 储存和经营安全) does
  const named = [...clause.path].reverse().map((p) => p.replace(HEADING_NUMBERING, '').replace(/…$/u, '').replace(/[。；]$/u, '').trim());
  const heading = named.find((p) => p !== '') ?? doc?.title ?? '';
  return manyDocs && doc ? `${doc.region ?? shortTitle(doc)}：${heading}` : heading;
}

/** Character pairs of a check's wording, for the same-check test. */
function pairsOf(text: string): Set<string> {
  const t = norm(text).replace(/[^\p{L}\p{N}]/gu, '').replace(/是否/gu, '');
  return new Set(Array.from({ length: Math.max(0, t.length - 1) }, (_, i) => t.slice(i, i + 2)));
}

function similar(a: Set<string>, b: Set<string>): boolean {
  const shared = [...a].filter((p) => b.has(p)).length;
  return shared / Math.max(1, Math.min(a.size, b.size)) >= SAME_CHECK;
}

function toItems(obligations: readonly Obligation[], scope: ChecklistScope, documents: ReadonlyMap<string, DocumentMeta>, aliases: Aliases): ChecklistItem[] {
  const order = (o: Obligation) => [o.clause.docId, o.clause.start, o.start] as const;
  const sorted = [...obligations].sort((a, b) => {
    const [da, ca, sa] = order(a);
    const [db, cb, sb] = order(b);
    return da.localeCompare(db) || ca - cb || sa - sb;
  });
  const manyDocs = new Set(sorted.map((o) => o.clause.docId)).size > 1;
  const citer = new Citer(documents);
  const items: Array<ChecklistItem & { pairs: Set<string> }> = [];
  for (const o of sorted) {
    const wording = wordCheck(o, scope.industries, aliases);
    const n = citer.cite(o.clause, o.sentence);
    // The item cites its own sentence; the Citer's shared citation grows to span every sentence taken from the clause.
    const citation = { ...citer.citations[n - 1]!, quote: o.sentence };
    const pairs = pairsOf(wording.content);
    const same = items.find((i) => similar(i.pairs, pairs));
    if (same) {
      if (!same.citations.some((c) => c.n === n)) same.citations.push(citation);
      continue;
    }
    const group = groupOf(o.clause, documents.get(o.clause.docId), manyDocs);
    items.push({ n: items.length + 1, group, ...wording, citations: [citation], pairs });
  }
  return items.map(({ pairs: _pairs, ...item }) => item);
}

function titleOf(scope: ChecklistScope): string {
  const place = scope.places.join('、');
  if (scope.role === 'unit' && scope.unit) return `${scope.unit}安全生产工作清单（${place ? `${place}，` : ''}初稿）`;
  const who = scope.industries.length > 0 ? `${scope.industries.join('、')}企业` : '企业';
  return `${place}${who}安全检查清单（初稿）`;
}

function scopeText(scope: ChecklistScope, sources: Checklist['sources']): string {
  const parts = [
    scope.places.length > 0 ? `地区：${scope.places.join('、')}` : '',
    scope.role === 'unit' && scope.unit ? `对象：${scope.unit}` : `对象：${scope.industries.length > 0 ? `${scope.industries.join('、')}企业` : '企业'}`,
    scope.topicWords.length > 0 ? `关注：${scope.topicWords.join('、')}` : '',
    sources.length > 0 ? `依据：${sources.map((s) => `《${shortTitle(s)}》`).join('、')}` : '依据：知识库中没有约束该对象的条款',
  ];
  return parts.filter((p) => p !== '').join('；');
}

/** 10 hex characters: a hash of the request and time, salted so two drafts of one request never collide. */
function checklistId(request: string, createdAt: string): string {
  return createHash('sha256').update(`${request}\n${createdAt}\n`).update(randomBytes(8)).digest('hex').slice(0, 10);
}
