/**
 * Checks a document already lists, reproduced faithfully: its 是否… items under their headings (an inspection
 * notice's 检查内容), or, when the request is about 判定/重大隐患, the criteria of a 判定细则 turned into
 * 是否存在…的情形 checks. Only the lists about what the request names are kept (储罐区 and 仓库, not 涉氨制冷).
 */
import type { AnswerContext } from '../answer/context.js';
import { ofDocuments } from '../kb/of-documents.js';
import type { QueryAnalysis } from '../retrieval/query-analysis.js';
import type { Clause, Fact } from '../schemas.js';
import { norm } from '../text/normalize.js';
import { findFrequencies, mainFrequency } from '../duties/frequency.js';
import { methodOf, shortItem, type CheckWording } from './check-item.js';
import { GENERIC } from './scope.js';
import { ASKER_SELF } from '../question/cues.js';

/** A list keeps to what the request names: lists scoring below this share of the best one are left out. */
export const LIST_FOCUS = 0.6;
/** Weight of the share of a list's items that name the request's words, beside its headings. */
export const ITEM_SHARE = 0.5;

// 判定标准, 重大隐患, 重大事故隐患, 红线 — the request is about what counts as a major hazard.
const ASKS_CRITERIA = /判定|重大隐患|重大事故隐患|红线|判成/u;

export interface ListedCheck extends CheckWording {
  clause: Clause;
  quote: string;
  group: string;
}

/** Share of the request's own words (not places, not the kind of list, not who the asker says it is: `ignore`) found in a list's headings. */
function focusScore(analysis: QueryAnalysis, text: string, ignore: readonly string[]): number {
  const t = norm(text).toLowerCase();
  let total = 0;
  let got = 0;
  for (const { term, weight } of analysis.terms) {
    if (term.startsWith('~') || weight < 0.5 || term.length < 2 || ignore.some((x) => x.includes(term) || term.includes(x))) continue;
    total += weight;
    if (t.includes(term)) got += weight;
  }
  return total === 0 ? 0 : got / total;
}


/** The listed checks of the documents `docIds` about what the request names; empty when they list none. */
export function listedChecks(ctx: AnswerContext, request: string, analysis: QueryAnalysis, docIds: ReadonlySet<string>): ListedCheck[] {
  const { excluded } = ctx.inForce(ctx.today());
  const facts = ofDocuments(ctx.kb.facts, docIds).filter((f) => !excluded.has(f.clauseId));
  const criteria = facts.filter((f) => f.type === 'criterion' && !f.catchAll);
  const wanted = ASKS_CRITERIA.test(request) && criteria.length > 0 ? criteria : facts.filter((f) => f.type === 'check');
  if (wanted.length === 0) return [];
  // A list is chosen whole: by its headings (储罐区, 涉氨制冷企业), and by how many of its items name what the
  // request names (塔吊 → 塔式起重机 in the items of 起重机械有下列情形之一的…), never item by item.
  const heading = (f: Fact) => `${ctx.clauses.get(f.clauseId)?.path.slice(0, -1).join(' ') ?? ''} ${f.subject ?? ''}`;
  const lists = new Map<string, Fact[]>();
  for (const f of wanted) lists.set(heading(f), [...(lists.get(heading(f)) ?? []), f]);
  // 我们是有氯化工艺的精细化工厂，工艺和设备这块要自查哪些 — the lists are chosen by 工艺和设备, not by who asks
  const self = norm(ASKER_SELF.exec(request)?.[0] ?? '').toLowerCase();
  const rest = norm(request.replace(ASKER_SELF, '')).toLowerCase();
  const ignore = [...GENERIC, ...analysis.places.map((p) => p.name), ...analysis.terms.map((t) => t.term).filter((t) => self.includes(t) && !rest.includes(t))];
  const scored = [...lists].map(([h, items]) => ({ items, score: focusScore(analysis, h, ignore) + (ITEM_SHARE * items.filter((f) => focusScore(analysis, f.value, ignore) > 0).length) / items.length }));
  const best = Math.max(...scored.map((s) => s.score));
  const kept = scored.filter((s) => best === 0 || s.score >= best * LIST_FOCUS).flatMap((s) => s.items);
  const out: ListedCheck[] = [];
  for (const f of kept) {
    const clause = ctx.clauses.get(f.clauseId);
    if (!clause) continue;
    const criterion = f.type === 'criterion';
    const content = criterion ? `是否存在${f.value}情形` : f.value;
    const group = criterion ? `${f.subject?.replace(/有下列.*$/u, '') ?? ''}重大事故隐患判定（${f.label?.replace(/第[（(].*$/u, '') ?? ''}）` : f.subject ?? '';
    const method = methodOf(f.value);
    const frequency = mainFrequency(findFrequencies(f.value))?.text;
    if (out.some((o) => o.content === content)) continue;
    // a check table's row names its item (检查项目：作业审批); a list item is named by its own opening words
    const item = !criterion && f.label ? f.label : shortItem(f.value);
    out.push({ clause, quote: f.quote, group, item, content, ...(method ? { method } : {}), ...(frequency ? { frequency } : {}) });
  }
  return out;
}
