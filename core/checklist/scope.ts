/**
 * Who a checklist is for and which documents it reads: the asker's role (an enterprise of some industry,
 * or a government unit), the places and documents named, and the topic words left once those are removed.
 */
import type { DocumentMeta, SearchFilters } from '../schemas.js';
import { norm } from '../text/normalize.js';
import type { Aliases } from '../lexicon/aliases.js';
import type { Gazetteer } from '../lexicon/gazetteer.js';
import { LEVEL_BEFORE, LEVEL_WORD, REGION_PART_BREAK, REGION_PART_LEVEL } from '../text/zh/index.js';
import type { QueryAnalysis } from '../retrieval/query-analysis.js';
import { INSPECTS_ENTERPRISE, SELF_ENTERPRISE } from '../question/cues.js';

export type Role = 'enterprise' | 'unit';

export interface ChecklistScope {
  role: Role;
  /** Industry alias keys of the asker, e.g. 软件和信息技术服务. */
  industries: string[];
  /** The unit the list is for, as the request writes it: 县工信局, 军民结合推进处. */
  unit?: string;
  /** Documents named by place, title, number or filter; empty when the request names none. */
  docIds: string[];
  /** For an enterprise that names its place and no document: the documents that may bind it there (national ones, its chain's, those of no place). */
  within?: string[];
  /** Place names as the matched documents write them: 文登区, 济宁. */
  places: string[];
  /** Words of the request that name a topic (指导, 督促), not the scope or the kind of list. */
  topicWords: string[];
}

// 工信局的文件, 工信局发的通知 — a unit named only as the issuer of the source.
const ISSUER_AFTER = /^(?:的|发的|印发的|下发的|出的)?(?:文件|通知|方案|意见|要求)/u;
// Words every checklist request uses; they name the kind of list, not its topic.
export const GENERIC = new Set(
  '安全 安全生产 生产 检查 安全检查 清单 检查表 自查表 表 工作 企业 单位 要求 文件 通知 方案 覆盖 一份 两份 这份 份 列 拟 出 做 帮 给 按 我们 能 不能 可以 行业 相关 规定 内容 事项 一下 全部 都 排查表 重大 隐患 重大隐患 重大事故隐患 判定 细则 一条 对照 列出'.split(' '),
);

/**
 * Unit names in the request that act (not the issuer of a cited document), longest first. `known` are the
 * names the duty matrix and the alias table know (军民结合推进处, 工信局); a level written before one is kept: 县工信局.
 */
function actingUnits(request: string, known: readonly string[]): string[] {
  const q = norm(request);
  const out: string[] = [];
  for (const name of [...new Set(known.map((k) => norm(k).replace(/^各/u, '')))].sort((a, b) => b.length - a.length)) {
    if (name.length < 2) continue;
    for (let at = q.indexOf(name); at >= 0; at = q.indexOf(name, at + 1)) {
      if (ISSUER_AFTER.test(q.slice(at + name.length))) continue;
      const level = LEVEL_BEFORE.exec(q.slice(0, at))?.[0] ?? '';
      if (!out.some((o) => o.includes(name))) out.push(level + name);
    }
  }
  return out;
}

/** Documents whose region (or its short form) the request names: 济宁 finds a notice of 济宁; 文登 one of 威海市文登区. */
function docsByRegion(request: string, documents: readonly DocumentMeta[]): Array<{ docId: string; place: string }> {
  const q = norm(request);
  const out: Array<{ docId: string; place: string }> = [];
  for (const d of documents) {
    if (!d.region) continue;
    const region = norm(d.region);
    // 威海市文登区 → [威海市文登区, 文登区, 文登, 威海市, 威海]
    const parts = region.split(REGION_PART_BREAK).filter((p) => p.length >= 2);
    const names = [region, ...parts, ...parts.map((p) => p.replace(REGION_PART_LEVEL, ''))].filter((n) => n.length >= 2);
    const hit = names.find((n) => q.includes(n));
    if (hit) out.push({ docId: d.id, place: parts.find((p) => p.startsWith(hit)) ?? hit });
  }
  return out;
}

/** Terms that belong to the scope (places, industries, units) rather than the topic, with their parts. */
function scopeTerms(analysis: QueryAnalysis, places: readonly string[], aliases: Aliases): string[] {
  const industries = aliases
    .groupsOfKind('industry').filter((g) => analysis.industries.includes(g.key)).flatMap((g) => g.terms);
  const units = analysis.terms.filter((t) => aliases.groupsOf(t.term).some((g) => g.kind === 'unit')).map((t) => t.term);
  return [...industries, ...units, ...places, ...analysis.places.map((p) => p.name)];
}

/** Reads the scope of a checklist request. */
export function readScope(request: string, analysis: QueryAnalysis, documents: readonly DocumentMeta[], knownUnits: readonly string[], aliases: Aliases, gazetteer: Gazetteer, filters?: SearchFilters): ChecklistScope {
  const byRegion = docsByRegion(request, documents);
  const places = [...new Set(byRegion.map((r) => r.place))];
  const named = [...(filters?.docIds ?? []), ...analysis.docHints.map((h) => h.docId)];
  const ofPlaces = [...analysis.places.flatMap((p) => p.docIds), ...byRegion.map((r) => r.docId)];
  const filterIndustry = filters?.industry ? aliases.groupsOf(filters.industry).find((g) => g.kind === 'industry')?.key : undefined;
  const industries = [...new Set([...analysis.industries, ...(filterIndustry ? [filterIndustry] : [])])];
  // the asker is an enterprise, or a unit going to inspect one: the checks are an enterprise's
  const units = SELF_ENTERPRISE.test(request) || INSPECTS_ENTERPRISE.test(request) ? [] : actingUnits(request, [...knownUnits, ...aliases.groupsOfKind('unit').flatMap((g) => g.terms)]);
  const scopeWords = scopeTerms(analysis, places, aliases);
  const topicWords = analysis.terms
    .filter((t) => t.weight >= 1 && !t.term.startsWith('~') && [...t.term].length >= 2 && !GENERIC.has(t.term))
    .map((t) => t.term)
    .filter((t) => !scopeWords.some((s) => s.includes(t) || t.includes(s)) && !LEVEL_WORD.test(t));
  const unit = units[0];
  const docIds = [...new Set([...named, ...ofPlaces])];
  if (unit) return { role: 'unit', industries, unit, docIds, places, topicWords };
  // an enterprise in 砚湖市 is bound by the national rules and its province's as well as its city's documents
  const chain = new Set([...analysis.places.map((p) => p.name), ...places].flatMap((p) => gazetteer.chain(p)));
  const within = chain.size > 0 && named.length === 0 ? documents.filter((d) => d.place === undefined || chain.has(d.place)).map((d) => d.id) : undefined;
  return { role: 'enterprise', industries, docIds, ...(within ? { within } : {}), places, topicWords };
}
