/**
 * Test helper: a small real OpenAI-compatible HTTP server on 127.0.0.1 whose replies the test scripts. It speaks
 * chat completions (SSE streaming or JSON), including the tool-call wire format, and embeddings; it records every
 * request it gets. A turn can be text, tool calls (arguments as JSON or as a raw, possibly broken, string), an
 * HTTP error, or a stream that dies half way.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface WireMessage {
  role: string;
  /** LangChain sends a system prompt as content parts. */
  content: string | null | Array<{ type: string; text?: string }>;
  name?: string;
  tool_call_id?: string;
  tool_calls?: Array<{ id: string; type: 'function'; function: { name: string; arguments: string } }>;
}

export interface ChatRequestBody {
  model: string;
  stream?: boolean;
  messages: WireMessage[];
  tools?: Array<{ type: 'function'; function: { name: string; description?: string; parameters?: unknown } }>;
  tool_choice?: unknown;
}

/** One scripted model turn. `args` given as a string is sent as is (so it can be broken JSON). */
export type ModelTurn =
  | { text: string }
  | { toolCalls: Array<{ name: string; args: unknown }> }
  | { status: number; error: string }
  | { dieAfter: string };

export interface FakeModel {
  url: string;
  /** Every chat request, in order. */
  requests: ChatRequestBody[];
  /** Every HTTP request the server got: method, path and Host header. */
  hits: Array<{ method: string; path: string; host: string }>;
  /** How the model answers a request: a string is plain text, streamed in small chunks. */
  reply: (body: ChatRequestBody) => string | ModelTurn;
  /** Resolves when a client disconnected in the middle of a stream. */
  aborted: Promise<void>;
  close(): Promise<void>;
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const c of req) chunks.push(c as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

function embeddings(res: ServerResponse, raw: { model: string; input?: string | string[] }): void {
  const inputs = Array.isArray(raw.input) ? raw.input : [raw.input ?? ''];
  const data = inputs.map((text, index) => ({ object: 'embedding', index, embedding: Array.from({ length: 8 }, (_, i) => ((text.charCodeAt(i % Math.max(1, text.length)) || 1) % 97) / 97) }));
  res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ object: 'list', data, model: raw.model, usage: { prompt_tokens: 1, total_tokens: 1 } }));
}

/** Text cut into pieces of four characters, as a model streams it. */
function pieces(text: string): string[] {
  return [...text].reduce<string[]>((acc, ch, i) => (i % 4 === 0 ? [...acc, ch] : [...acc.slice(0, -1), acc.at(-1)! + ch]), []);
}

/** The SSE deltas of a turn: content pieces, or per tool call a head (index, id, name) then argument pieces. */
function deltas(turn: Exclude<ModelTurn, { status: number }>, id: string): { deltas: object[]; finish: string } {
  // As OpenAI does, the first delta names the role.
  if ('text' in turn) return { deltas: pieces(turn.text).map((content, i) => (i === 0 ? { role: 'assistant', content } : { content })), finish: 'stop' };
  if ('dieAfter' in turn) return { deltas: pieces(turn.dieAfter).map((content, i) => (i === 0 ? { role: 'assistant', content } : { content })), finish: '' };
  const out: object[] = [];
  turn.toolCalls.forEach((call, index) => {
    const args = typeof call.args === 'string' ? call.args : JSON.stringify(call.args);
    out.push({ role: 'assistant', content: null, tool_calls: [{ index, id: `call_${id}_${index}`, type: 'function', function: { name: call.name, arguments: '' } }] });
    for (const p of pieces(args)) out.push({ tool_calls: [{ index, function: { arguments: p } }] });
  });
  return { deltas: out, finish: 'tool_calls' };
}

function nonStreaming(res: ServerResponse, turn: ModelTurn, id: string, model: string): void {
  const message =
    'toolCalls' in turn
      ? { role: 'assistant', content: null, tool_calls: turn.toolCalls.map((c, i) => ({ id: `call_${id}_${i}`, type: 'function', function: { name: c.name, arguments: typeof c.args === 'string' ? c.args : JSON.stringify(c.args) } })) }
      : { role: 'assistant', content: 'text' in turn ? turn.text : '' };
  res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ id, object: 'chat.completion', created: 0, model, choices: [{ index: 0, message, finish_reason: 'toolCalls' in turn ? 'tool_calls' : 'stop' }] }));
}

/** Starts the server; `delayMs` between streamed chunks. */
export async function startFakeModel(delayMs = 5): Promise<FakeModel> {
  let markAborted: () => void = () => {};
  const aborted = new Promise<void>((resolve) => (markAborted = resolve));
  const fake: FakeModel = { url: '', requests: [], hits: [], reply: () => '好的。', aborted, close: async () => {} };
  let n = 0;
  const server: Server = createServer(async (req, res) => {
    fake.hits.push({ method: req.method ?? '', path: req.url ?? '', host: req.headers.host ?? '' });
    const raw = JSON.parse(await readBody(req)) as ChatRequestBody & { input?: string | string[] };
    if (req.url?.endsWith('/embeddings')) return embeddings(res, raw);
    fake.requests.push(raw);
    const id = `chatcmpl-${++n}`;
    const got = fake.reply(raw);
    const turn: ModelTurn = typeof got === 'string' ? { text: got } : got;
    if ('status' in turn) return void res.writeHead(turn.status, { 'content-type': 'application/json' }).end(JSON.stringify({ error: { message: turn.error, type: 'server_error' } }));
    if (!raw.stream) return nonStreaming(res, turn, id, raw.model);
    res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-cache' });
    let closed = false;
    res.on('close', () => {
      if (!res.writableEnded && !('dieAfter' in turn)) {
        closed = true;
        markAborted();
      }
    });
    const { deltas: parts, finish } = deltas(turn, id);
    const chunk = (delta: object, finish_reason: string | null) => `data: ${JSON.stringify({ id, object: 'chat.completion.chunk', created: 0, model: raw.model, choices: [{ index: 0, delta, finish_reason }] })}\n\n`;
    for (const delta of parts) {
      if (closed) return;
      res.write(chunk(delta, null));
      await new Promise((r) => setTimeout(r, delayMs));
    }
    // The endpoint dies: the connection is cut with no finish_reason and no [DONE].
    if ('dieAfter' in turn) return void res.socket?.destroy();
    res.write(chunk({}, finish));
    res.end('data: [DONE]\n\n');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  fake.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/v1`;
  fake.close = () =>
    new Promise<void>((resolve) => {
      server.close(() => resolve());
      server.closeAllConnections();
    });
  return fake;
}

/** A message's text, whether sent as a string or as content parts. */
export function textOf(m: WireMessage): string {
  if (typeof m.content === 'string') return m.content;
  return (m.content ?? []).map((p) => p.text ?? '').join('');
}

/** A turn calling tools, e.g. `callTools(['search_clauses', { query: '值班' }])`. */
export function callTools(...calls: Array<[name: string, args: unknown]>): ModelTurn {
  return { toolCalls: calls.map(([name, args]) => ({ name, args })) };
}

/** A `final_answer` turn. */
export function finalAnswer(answer: string, citations: Array<{ n: number; clauseId: string; quote: string }>, supported = true): ModelTurn {
  return callTools(['final_answer', { answer, supported, citations }]);
}

/** The clauses the tools returned so far in the request's conversation (search_clauses, open_clause, clause_facts). */
export function returnedClauses(body: ChatRequestBody): Array<{ clauseId: string; document: string; text: string }> {
  const out: Array<{ clauseId: string; document: string; text: string }> = [];
  for (const m of body.messages) {
    if (m.role !== 'tool') continue;
    let data: { clauses?: typeof out; clause?: (typeof out)[number]; neighbours?: typeof out };
    try {
      data = JSON.parse(textOf(m)) as typeof data;
    } catch {
      continue;
    }
    out.push(...(data.clauses ?? []), ...(data.clause ? [data.clause] : []), ...(data.neighbours ?? []));
  }
  return out;
}

/** True when the request ends with the agent's repair note (core/agent/repair-middleware.ts). */
export function repairing(body: ChatRequestBody): boolean {
  const last = body.messages.at(-1);
  return last?.role === 'user' && textOf(last).startsWith('【格式修复】');
}

/** How many model turns this request follows since the user's question (0 for the first call of a turn); a repair note is not a question. */
export function step(body: ChatRequestBody): number {
  const lastUser = body.messages.map((m) => (m.role === 'user' && textOf(m).startsWith('【格式修复】') ? 'repair-note' : m.role)).lastIndexOf('user');
  return body.messages.slice(lastUser + 1).filter((m) => m.role === 'assistant').length;
}
