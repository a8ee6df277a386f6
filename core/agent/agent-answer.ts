/**
 * Model mode: a LangChain agent (`createAgent`) over the configured chat model, with the knowledge base as
 * tools and the answer as structured output. Limits come from the library's middleware: a tool-call budget
 * (toolCallLimitMiddleware: calls past it are refused and the model is told), retries of transient failures
 * (modelRetryMiddleware), plus a model-call backstop (call-budget.ts, since modelCallLimitMiddleware is
 * bypassed with a responseFormat) and a time budget (AbortSignal.timeout). The answer text streams as the model writes
 * it; the citations are verified after it ends. Any failure to produce an answer is UPSTREAM_MODEL, which the
 * caller turns into the offline answer with a notice.
 */
import { createAgent, modelRetryMiddleware, MultipleStructuredOutputsError, StructuredOutputParsingError, toolCallLimitMiddleware } from 'langchain';
import { AIMessage, AIMessageChunk, HumanMessage, type BaseMessage } from '@langchain/core/messages';
import { AppError, isAppError, throwIfAborted } from '../errors.js';
import { renderPrompt } from '../prompts.js';
import type { AnswerContext } from '../answer/context.js';
import type { Answer, AskRequest, SearchFilters } from '../schemas.js';
import type { ChatModel } from './chat-model.js';
import { knowledgeTools, type Ledger } from './kb-tools.js';
import { agentResponseFormat, parseAgentResponse, RESPONSE_TOOL } from './agent-response.js';
import { findCause, repairMiddleware, unusable } from './repair-middleware.js';
import { modelCallBudget } from './call-budget.js';
import { AnswerStream } from './answer-stream.js';
import { verifyCitations } from './verify-citations.js';

/** Model calls allowed beyond one per tool call: the answer, its repair, one call the budget refused. */
export const EXTRA_MODEL_CALLS = 3;
/** First retry delay; the library doubles it per attempt. */
const RETRY_DELAY_MS = 300;
/** Graph steps per question; the model-call limit ends the loop well before this. */
const RECURSION_LIMIT = 200;

export interface AgentAnswerInput {
  ctx: AnswerContext;
  chat: ChatModel;
  request: AskRequest;
  /** The date whose rules apply (the question's, else today). */
  asOf: string;
  /** The documents its searches may return: the request's filters narrowed to the asker's chain of places. */
  scope?: SearchFilters;
  signal?: AbortSignal;
  onDelta?: (text: string) => void;
}

/** Worth another try: HTTP timeouts, conflicts, rate limits, server errors, and a connection that failed or broke. */
function transient(e: Error): boolean {
  // A reply that is not a usable answer is the repair middleware's to handle, not a transient failure.
  if (e instanceof StructuredOutputParsingError || e instanceof MultipleStructuredOutputsError || isAppError(e)) return false;
  const status = (e as { status?: unknown }).status;
  if (typeof status === 'number') return status === 408 || status === 409 || status === 429 || status >= 500;
  // No status: the connection failed or broke mid-stream (ECONNREFUSED, "terminated", a timeout).
  return e.name !== 'AbortError';
}

function buildAgent(input: AgentAnswerInput, ledger: Ledger, signal: AbortSignal) {
  const { ctx, chat } = input;
  const { maxToolCalls, maxRetries } = chat.limits;
  return createAgent({
    model: chat.model,
    tools: knowledgeTools(ctx, ledger, input.scope, signal),
    systemPrompt: renderPrompt('agent', { today: ctx.today(), asOf: input.asOf, maxToolCalls: String(maxToolCalls) }),
    responseFormat: agentResponseFormat(),
    middleware: [
      // Outermost first: a repair is a second model call, counted by the budget; the retries of one call are not.
      repairMiddleware(),
      modelCallBudget(maxToolCalls + EXTRA_MODEL_CALLS, `AGENT_MAX_TOOL_CALLS=${maxToolCalls} plus ${EXTRA_MODEL_CALLS}`),
      modelRetryMiddleware({ maxRetries, retryOn: (e) => !signal.aborted && transient(e), onFailure: 'error', initialDelayMs: RETRY_DELAY_MS, jitter: false }),
      toolCallLimitMiddleware({ runLimit: maxToolCalls, exitBehavior: 'continue' }),
    ],
  });
}

function history(request: AskRequest): BaseMessage[] {
  return (request.history ?? []).map((t) => (t.role === 'user' ? new HumanMessage(t.content) : new AIMessage(t.content)));
}

/** The message chunks of a `final_answer` call go to the answer stream; everything else the model says is not shown. */
function follow(chunk: unknown, names: Map<string, string>, stream: AnswerStream): void {
  if (!AIMessageChunk.isInstance(chunk)) return;
  for (const call of chunk.tool_call_chunks ?? []) {
    const key = `${chunk.id ?? ''}:${call.index ?? 0}`;
    if (call.name) names.set(key, call.name);
    if (names.get(key) === RESPONSE_TOOL && call.args) stream.push(key, call.args);
  }
}

/** Runs the agent for one question and returns its answer with the citations verified. */
export async function answerWithAgent(input: AgentAnswerInput): Promise<Omit<Answer, 'retrieved' | 'intent'>> {
  const { timeoutMs } = input.chat.limits;
  const timeout = AbortSignal.timeout(timeoutMs);
  const signal = input.signal ? AbortSignal.any([input.signal, timeout]) : timeout;
  const ledger: Ledger = new Map();
  const answerStream = new AnswerStream((t) => input.onDelta?.(t));
  const names = new Map<string, string>();
  let structured: unknown;
  try {
    const agent = buildAgent(input, ledger, signal);
    const messages = [...history(input.request), new HumanMessage(input.request.question)];
    const stream = await agent.stream({ messages }, { streamMode: ['messages', 'values'], signal, recursionLimit: RECURSION_LIMIT });
    for await (const [mode, chunk] of stream) {
      if (mode === 'messages') follow((chunk as [unknown, unknown])[0], names, answerStream);
      else if (mode === 'values') structured = (chunk as { structuredResponse?: unknown }).structuredResponse ?? structured;
    }
  } catch (cause) {
    throwIfAborted(input.signal);
    if (timeout.aborted) throw new AppError('UPSTREAM_MODEL', `the model did not answer within AGENT_TIMEOUT_MS=${timeoutMs}; check the endpoint or raise the limit`, { cause });
    const own = findCause(cause, isAppError);
    if (own) throw own;
    const refused = findCause(cause, unusable);
    if (refused) throw new AppError('UPSTREAM_MODEL', `the model's ${RESPONSE_TOOL} call did not fit the schema after one repair: ${refused.message}`, { cause });
    throw new AppError('UPSTREAM_MODEL', `the model at the configured OPENAI_BASE_URL failed: ${(cause as Error).message}; check the endpoint and CHAT_MODEL, or unset them to answer offline`, { cause });
  }
  const response = parseAgentResponse(structured);
  if (!response) {
    throw new AppError('UPSTREAM_MODEL', `the model ended without a valid ${RESPONSE_TOOL} call (within AGENT_MAX_TOOL_CALLS=${input.chat.limits.maxToolCalls} tool calls and one repair); answering offline`);
  }
  return verifyCitations(response, ledger, input.ctx.documents);
}
