/**
 * Verifies a structured model answer against the clauses the tools returned in this turn. A citation stands
 * only if its clause was returned by a tool in this turn and its quote is an exact substring of that clause's
 * text; a “quote” in the answer text must be an exact substring of a returned clause. What fails is removed
 * and reported in `rejected`; nothing unverified is presented as cited.
 */
import type { Answer, Citation, Clause, DocumentMeta } from '../schemas.js';
import { splitAnswerSentences } from '../text/zh/index.js';
import type { AgentResponse } from './agent-response.js';

/** Put where a quote in the answer text could not be found in any returned clause. */
export const REMOVED_QUOTE = '（此处引文未能在原文中核实，已删除）';

type Rejected = NonNullable<Answer['rejected']>;
type Verified = Omit<Answer, 'retrieved' | 'intent'>;

/** “…” in the answer text, 2 to 400 characters: 要求“每日巡查一次”[1]. */
const QUOTED = /“([^”]{2,400})”/gu;
/** A citation marker: 每日巡查一次[2] → 2. */
const MARKER = /\[(\d+)\]/gu;

function checkCitation(c: AgentResponse['citations'][number], returned: ReadonlyMap<string, Clause>, seen: ReadonlySet<number>): string | undefined {
  if (seen.has(c.n)) return `citation ${c.n} is given twice`;
  const clause = returned.get(c.clauseId);
  if (!clause) return `clause ${c.clauseId} was not returned by a tool in this turn`;
  if (!clause.text.includes(c.quote)) return `quote not found in clause ${c.clauseId}: ${c.quote.slice(0, 40)}`;
  return undefined;
}

/**
 * One sentence of the answer: markers of citations that did not verify are dropped; a quote not found in the
 * clauses the sentence cites (or, citing none, in any returned clause) is replaced, and the sentence then
 * keeps no marker: what it cited for that quote could not be checked.
 */
function verifySentence(sentence: string, kept: ReadonlyMap<number, Clause>, returned: ReadonlyMap<string, Clause>, tainted: Set<number>): string {
  const marks = [...sentence.matchAll(MARKER)].map((m) => Number(m[1])).filter((n) => kept.has(n));
  let lostQuote = false;
  const out = sentence.replace(QUOTED, (whole, quote: string) => {
    const pool = marks.length > 0 ? marks.map((n) => kept.get(n)!) : [...returned.values()];
    if (pool.some((clause) => clause.text.includes(quote))) return whole;
    lostQuote = true;
    return REMOVED_QUOTE;
  });
  if (lostQuote) for (const n of marks) tainted.add(n);
  return out.replace(MARKER, (whole, d: string) => (!lostQuote && kept.has(Number(d)) ? whole : ''));
}

function toCitation(n: number, quote: string, clause: Clause, documents: ReadonlyMap<string, DocumentMeta>): Citation {
  const doc = documents.get(clause.docId);
  const c: Citation = { n, docId: clause.docId, file: doc?.file ?? '', title: doc?.title ?? '', clauseId: clause.id, path: clause.path, quote };
  if (clause.page) c.page = clause.page;
  return c;
}

/** The verified answer: citations mapped to the Citation schema, failures in `rejected`, `supported` only with a citation left. */
export function verifyCitations(response: AgentResponse, returned: ReadonlyMap<string, Clause>, documents: ReadonlyMap<string, DocumentMeta>): Verified {
  const rejected: Rejected = [];
  const kept = new Map<number, { clause: Clause; quote: string }>();
  for (const c of response.citations) {
    const reason = checkCitation(c, returned, new Set(kept.keys()));
    if (reason) rejected.push({ n: c.n, reason });
    else kept.set(c.n, { clause: returned.get(c.clauseId)!, quote: c.quote });
  }
  const cited = new Set(response.citations.map((c) => c.n));
  for (const m of response.answer.matchAll(MARKER)) {
    const n = Number(m[1]);
    if (!cited.has(n) && !rejected.some((r) => r.n === n && r.reason.startsWith('['))) rejected.push({ n, reason: `[${n}] in the answer names no citation` });
  }
  const tainted = new Set<number>();
  const clauses = new Map([...kept].map(([n, k]) => [n, k.clause]));
  const answer = splitAnswerSentences(response.answer).map((s) => verifySentence(s, clauses, returned, tainted)).join('').trim();
  const still = new Set([...answer.matchAll(MARKER)].map((m) => Number(m[1])));
  const citations: Citation[] = [];
  for (const [n, k] of [...kept].sort(([a], [b]) => a - b)) {
    // A citation whose every marker sat in a sentence that lost its quote goes with them.
    if (tainted.has(n) && !still.has(n)) rejected.push({ n, reason: `the sentence citing ${n} quoted text that is not in the clauses` });
    else citations.push(toCitation(n, k.quote, k.clause, documents));
  }
  const result: Verified = { answer, supported: response.supported && citations.length > 0, mode: 'llm', citations };
  if (rejected.length > 0) result.rejected = rejected;
  return result;
}
