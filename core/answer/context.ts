/**
 * What an answerer may use: the knowledge base, the lexicon, the searcher and lookups by id, plus the
 * chat model when one is configured. The assistant builds it once and routes each question to an
 * answerer with it; answerers never import the assistant.
 */
import type { Lexicon } from '../lexicon/lexicon.js';
import type { KnowledgeBase } from '../kb/knowledge-base.js';
import type { Searcher } from '../retrieval/search.js';
import type { Answer, Checklist, Clause, DocumentMeta, Fact } from '../schemas.js';
import type { ChatModel } from '../agent/chat-model.js';
import type { AskedField, InForce } from '../kb/in-force.js';
import type { ExportLink } from '../checklist/export-formats.js';

export interface AnswerContext {
  readonly kb: KnowledgeBase;
  readonly lexicon: Lexicon;
  readonly searcher: Searcher;
  readonly documents: ReadonlyMap<string, DocumentMeta>;
  readonly clauses: ReadonlyMap<string, Clause>;
  /** The typed facts of each clause, by clause id. */
  readonly factsByClause: ReadonlyMap<string, readonly Fact[]>;
  /** Today as an ISO date (YYYY-MM-DD): the default date whose rules apply. */
  today(): string;
  /** Which clauses are in force on a date (changes between documents, earlier versions). */
  inForce(asOf: string, asked?: ReadonlySet<AskedField>, where?: readonly string[]): InForce;
  readonly chat?: ChatModel;
}

export interface AskOptions {
  signal?: AbortSignal;
  /** Streamed answer text, as it is produced. */
  onDelta?: (text: string) => void;
  /** Force a mode; default: the model when one is configured, else extractive. */
  mode?: Answer['mode'];
  /** Receives a drafted checklist (intent `checklist`), so the caller can keep it for the export links. */
  onChecklist?: (checklist: Checklist) => void;
  /** Where the caller serves a checklist's exports; without it a checklist answer has no export line. */
  exportLink?: ExportLink;
}
