/**
 * Retrieval baselines run beside ours on the same cases:
 *  (a) LangChain RecursiveCharacterTextSplitter (500/50) + LangChain BM25Retriever, as shipped;
 *  (b) the same chunks with our tokenizer and BM25;
 *  (d) MiniSearch and (e) FlexSearch, well-kept libraries, over the same clause units ours searches;
 *  (f) ours without its vector list (run-cases.ts builds it).
 * Ours is the clause-level hybrid searcher. All return the top-10 units as {file, text}.
 */
import { Document } from '@langchain/core/documents';
import { RecursiveCharacterTextSplitter } from '@langchain/textsplitters';
import { BM25Retriever } from '@langchain/community/retrievers/bm25';
import { Jieba } from '@node-rs/jieba';
import { dict } from '@node-rs/jieba/dict.js';
import { Charset, Document as FlexDocument } from 'flexsearch';
import MiniSearch from 'minisearch';
import type { KnowledgeBase } from '../core/kb/knowledge-base.js';
import { searchableClauses } from '../core/kb/searchable.js';
import { Bm25Index } from '../core/retrieval/bm25.js';
import type { Lexicon } from '../core/lexicon/lexicon.js';
import { cjkBigrams } from '../core/lexicon/tokenizer.js';
import type { EvalClause } from './metrics.js';

export type Retrieve = (question: string) => Promise<EvalClause[]>;

interface Chunk {
  file: string;
  text: string;
}

/** Chunks each document's cleaned text as LangChain would, with the file kept for matching. */
export async function langchainChunks(kb: KnowledgeBase): Promise<Chunk[]> {
  const splitter = new RecursiveCharacterTextSplitter({ chunkSize: 500, chunkOverlap: 50 });
  const out: Chunk[] = [];
  for (const doc of kb.documents) {
    const pieces = await splitter.splitText(kb.texts[doc.id] ?? '');
    for (const text of pieces) out.push({ file: doc.file, text });
  }
  return out;
}

/** (a) LangChain's BM25Retriever over LangChain chunks. */
export function langchainBm25(chunks: Chunk[]): Retrieve {
  const retriever = BM25Retriever.fromDocuments(
    chunks.map((c) => new Document({ pageContent: c.text, metadata: { file: c.file } })),
    { k: 10 },
  );
  return async (q) => (await retriever.invoke(q)).map((d) => ({ file: String(d.metadata.file), text: d.pageContent }));
}

/** (b) Our tokenizer and BM25 over the same chunks: what tokenisation alone buys. */
export function ourBm25OnChunks(chunks: Chunk[], { aliases, tokenizer }: Lexicon): Retrieve {
  const index = Bm25Index.build(
    chunks.map((c, i) => ({ id: String(i), fields: { text: c.text } })),
    { tokenizer: (t) => tokenizer.tokenize(t), fields: { text: { weight: 1 } } },
  );
  return async (q) => {
    const words = aliases.expandTerms(tokenizer.segment(q)).filter((t) => !tokenizer.isStopword(t.term));
    const terms = [...words, ...cjkBigrams(q).map((term) => ({ term, weight: 0.3 }))];
    return index.search(terms, 10).map((h) => chunks[Number(h.id)]!);
  };
}

/** A searchable clause as the peers index it: the same units ours searches, with heading path and document title as fields. */
export interface ClauseUnit {
  file: string;
  text: string;
  path: string;
  title: string;
}

/** The clauses ours searches (searchableClauses), each with its document's file and title. */
export function clauseUnits(kb: KnowledgeBase): ClauseUnit[] {
  const docs = new Map(kb.documents.map((d) => [d.id, d]));
  return searchableClauses(kb.clauses).map((c) => {
    const doc = docs.get(c.docId);
    return { file: doc?.file ?? '', text: c.text, path: c.path.join(' '), title: doc?.title ?? '' };
  });
}

/** jieba with its shipped dictionary only, as a MiniSearch user would set it up (no domain words). */
export function plainJieba(): (text: string) => string[] {
  const jieba = Jieba.withDict(dict);
  return (text) => jieba.cutForSearch(text, true);
}

export interface MiniSearchVariant {
  tokenize: (text: string) => string[];
  /** Fields to index; search boosts per field (MiniSearch's default is 1 for each). */
  fields: ReadonlyArray<keyof Omit<ClauseUnit, 'file'>>;
  boost?: Partial<Record<keyof ClauseUnit, number>>;
}

/** (d) MiniSearch (BM25+, OR of the query terms, no fuzzy or prefix matching: its defaults) over the clause units. */
export function miniSearch(units: ClauseUnit[], variant: MiniSearchVariant): Retrieve {
  const index = new MiniSearch<ClauseUnit & { id: number }>({ fields: [...variant.fields], tokenize: variant.tokenize });
  index.addAll(units.map((u, id) => ({ id, ...u })));
  return async (q) => index.search(q, variant.boost ? { boost: variant.boost } : {}).slice(0, 10).map((r) => units[r.id as number]!);
}

/**
 * (e) FlexSearch's Document index with its CJK encoder (one term per character) on the same fields.
 * `suggest` lets a clause match without every character of the question, otherwise nearly every
 * question returns nothing; merge joins the per-field lists into one, in FlexSearch's own order.
 */
export function flexSearch(units: ClauseUnit[]): Retrieve {
  const index = new FlexDocument<{ id: number; text: string; path: string; title: string }>({
    document: { id: 'id', index: ['text', 'path', 'title'] },
    encoder: Charset.CJK,
    tokenize: 'strict',
  });
  units.forEach((u, id) => index.add({ id, text: u.text, path: u.path, title: u.title }));
  return async (q) => index.search(q, { limit: 10, suggest: true, merge: true }).slice(0, 10).map((r) => units[r.id as number]!);
}
