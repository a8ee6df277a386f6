/**
 * Answers from an OpenAI-compatible chat model (DeepSeek, Qwen, vLLM, Ollama…), streamed, then
 * verified: every [n] must name a source that was given, every “quote” must be an exact substring
 * of the clause it cites. What fails is removed and reported; nothing unverified is presented as cited.
 */
import { ChatOpenAI } from '@langchain/openai';
import { HumanMessage, SystemMessage } from '@langchain/core/messages';
import { AppError, isAppError, throwIfAborted } from '../errors.js';
import { renderPrompt } from '../prompts.js';
import type { Config } from '../config.js';
import type { Answer, AskRequest, Citation, DocumentMeta } from '../schemas.js';
import type { SearchHit } from '../retrieval/search.js';
import { norm } from '../text/normalize.js';
import type { Intent } from '../question/intents.js';
import { splitAnswerSentences, splitSentences } from '../text/zh/index.js';

export interface ChatModel {
  id: string;
  model: ChatOpenAI;
}

/** The chat model the configuration names, or undefined when none is configured (offline). */
export function chatModelFor(openai: Config['openai']): ChatModel | undefined {
  return openai?.chatModel ? createChatModel({ baseURL: openai.baseURL, apiKey: openai.apiKey, chatModel: openai.chatModel }) : undefined;
}

/** A streaming chat client for an OpenAI-compatible endpoint. */
export function createChatModel(openai: { baseURL: string; apiKey: string; chatModel: string }): ChatModel {
  const model = new ChatOpenAI({
    model: openai.chatModel,
    apiKey: openai.apiKey,
    configuration: { baseURL: openai.baseURL },
    temperature: 0,
    streaming: true,
    streamUsage: false,
    maxRetries: 1,
  });
  return { id: openai.chatModel, model };
}

const SOURCES = 6;

function sourcesText(hits: readonly SearchHit[]): string {
  return hits
    .slice(0, SOURCES)
    .map((h, i) => `[${i + 1}] 《${h.document.title}》 ${h.clause.path.join(' › ')}\n${h.clause.text}`)
    .join('\n\n');
}

function text(content: unknown): string {
  if (typeof content === 'string') return content;
  if (Array.isArray(content)) return content.map((p) => (typeof p === 'object' && p && 'text' in p ? String(p.text) : '')).join('');
  return '';
}

/** Rewrites a follow-up into a question that stands alone, for retrieval. */
export async function rewriteQuestion(chat: ChatModel, request: AskRequest, signal?: AbortSignal): Promise<string> {
  const history = (request.history ?? []).map((t) => `${t.role === 'user' ? '用户' : '助手'}：${t.content}`).join('\n');
  if (history === '') return request.question;
  const prompt = renderPrompt('rewrite', { history, question: request.question });
  // stream(), not invoke(): invoke estimates token usage with a tokenizer LangChain downloads at run time.
  let rewritten = '';
  for await (const chunk of await chat.model.stream([new HumanMessage(prompt)], { signal })) rewritten += text(chunk.content);
  rewritten = rewritten.trim();
  return rewritten === '' ? request.question : rewritten.slice(0, 500);
}

export interface ModelAnswerInput {
  chat: ChatModel;
  request: AskRequest;
  intent: Intent;
  hits: SearchHit[];
  documents: ReadonlyMap<string, DocumentMeta>;
  signal?: AbortSignal;
  onDelta?: (text: string) => void;
}

/** Streams the model's answer and returns it verified. */
export async function answerWithModel(input: ModelAnswerInput): Promise<Omit<Answer, 'retrieved' | 'intent'>> {
  const system = renderPrompt('answer', { intent: input.intent, sources: sourcesText(input.hits) });
  let raw = '';
  try {
    const stream = await input.chat.model.stream([new SystemMessage(system), new HumanMessage(input.request.question)], { signal: input.signal });
    for await (const chunk of stream) {
      const delta = text(chunk.content);
      if (delta === '') continue;
      raw += delta;
      input.onDelta?.(delta);
    }
  } catch (cause) {
    throwIfAborted(input.signal);
    if (isAppError(cause)) throw cause;
    throw new AppError('UPSTREAM_MODEL', `the model at the configured OPENAI_BASE_URL failed: ${(cause as Error).message}; check the endpoint and CHAT_MODEL, or unset them to answer offline`, { cause });
  }
  return verifyAnswer(raw, input.hits.slice(0, SOURCES), input.documents);
}

/**
 * Verifies one sentence: markers must name given sources; a “quote” must occur in a source the
 * sentence cites (or, if it cites none, in any given source). Failures are removed and reported.
 */
function verifySentence(sentence: string, sources: readonly SearchHit[], rejected: Array<{ n: number; reason: string }>): string {
  const marks = [...sentence.matchAll(/\[(\d+)\]/gu)].map((m) => Number(m[1]));
  for (const n of marks) if (!sources[n - 1]) rejected.push({ n, reason: `source ${n} was not given` });
  const given = marks.filter((n) => sources[n - 1]);
  let out = sentence.replace(/\[(\d+)\]/gu, (whole, d: string) => (sources[Number(d) - 1] ? whole : ''));
  out = out.replace(/“([^”]{2,400})”/gu, (whole, quote: string) => {
    const pool = given.length > 0 ? given : sources.map((_, i) => i + 1);
    if (pool.some((n) => sources[n - 1]!.clause.text.includes(quote))) return whole;
    for (const n of given) rejected.push({ n, reason: `quote not found in source ${n}: ${quote.slice(0, 40)}` });
    return '（此处引文未能在原文中核实，已删除）';
  });
  // A sentence that lost its quote keeps no citation: what was cited for it could not be checked.
  return out.includes('已删除）') ? out.replace(/\[\d+\]/gu, '') : out;
}

/** Drops citations to sources that were not given and quotes that are not in their source; builds the citation list. */
export function verifyAnswer(raw: string, sources: readonly SearchHit[], documents: ReadonlyMap<string, DocumentMeta>): Omit<Answer, 'retrieved' | 'intent'> {
  const rejected: Array<{ n: number; reason: string }> = [];
  const answer = splitAnswerSentences(raw).map((s) => verifySentence(s, sources, rejected)).join('');
  const used = [...new Set([...answer.matchAll(/\[(\d+)\]/gu)].map((m) => Number(m[1])))].sort((a, b) => a - b);
  const citations: Citation[] = used.map((n) => citationFor(n, sources[n - 1]!, answer, documents));
  const declined = /^\s*文件中没有找到|资料不能回答|没有找到相关/u.test(answer);
  const result: Omit<Answer, 'retrieved' | 'intent'> = { answer: answer.trim(), supported: citations.length > 0 && !declined, mode: 'llm', citations };
  if (rejected.length > 0) result.rejected = rejected;
  return result;
}

/** The citation's quote: the quoted text if the answer quoted this source, else its sentence closest to the answer. */
function citationFor(n: number, hit: SearchHit, answer: string, documents: ReadonlyMap<string, DocumentMeta>): Citation {
  const sentences = splitAnswerSentences(answer);
  const citing = sentences.filter((s) => s.includes(`[${n}]`));
  const quoted = citing.flatMap((s) => [...s.matchAll(/“([^”]+)”/gu)].map((m) => m[1]!)).find((q) => hit.clause.text.includes(q));
  const a = norm(citing.join(''));
  const overlap = (s: string) => [...norm(s)].filter((ch, i, arr) => i + 1 < arr.length && a.includes(ch + arr[i + 1])).length;
  const best = splitSentences(hit.clause.text).sort((x, y) => overlap(y.text) - overlap(x.text))[0]?.text ?? hit.clause.text;
  const doc = documents.get(hit.clause.docId);
  const c: Citation = { n, docId: hit.clause.docId, file: doc?.file ?? hit.document.file, title: doc?.title ?? hit.document.title, clauseId: hit.clause.id, path: hit.clause.path, quote: quoted ?? best };
  if (hit.clause.page) c.page = hit.clause.page;
  return c;
}
