/**
 * Retrieval baselines run beside ours on the same cases:
 *  (a) LangChain RecursiveCharacterTextSplitter (500/50) + LangChain BM25Retriever, as shipped;
 *  (b) the same chunks with our tokenizer and BM25;
 * Ours is the clause-level hybrid searcher. All return the top-10 units as {file, text}.
 */
import { Document } from '@langchain/core/documents';
import { RecursiveCharacterTextSplitter } from '@langchain/textsplitters';
import { BM25Retriever } from '@langchain/community/retrievers/bm25';
import type { KnowledgeBase } from '../core/kb/knowledge-base.js';
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
