/**
 * WS /ws/chat. The client sends {type: "ask", id, question, history?}; the server streams answer-start,
 * answer-delta…, citation…, answer-end, or error. Closing the socket aborts every answer in flight; a
 * malformed frame gets an error frame and the socket stays open.
 */
import type { WebSocket } from 'ws';
import type { FastifyBaseLogger, FastifyRequest } from 'fastify';
import { Value } from 'typebox/value';
import { AppError, isAppError } from '../../core/errors.js';
import { AskFrameSchema, ClientFrameSchema, type ClientFrame, type ServerFrame } from '../../core/schemas.js';
import { BLANK_QUESTION_MESSAGE, isBlankQuestion } from '../http-errors.js';
import { checkOrigin } from '../request-guards.js';
import type { RoutePlugin } from '../app-type.js';
import type { Service } from '../service.js';
import { checklistExportLink } from '../checklist-export-link.js';

function send(socket: WebSocket, frame: ServerFrame): void {
  if (socket.readyState === socket.OPEN) socket.send(JSON.stringify(frame));
}

type FrameError = { id?: string; code: 'BAD_FRAME' | 'QUESTION_BLANK'; message: string };

/** The id of a frame that failed, when it has a usable one, so the page can tell which question was refused. */
function idOf(raw: unknown): { id?: string } {
  const id = (raw as { id?: unknown } | null)?.id;
  return typeof id === 'string' && id.length > 0 && id.length <= 100 ? { id } : {};
}

function parseFrame(data: unknown): ClientFrame | FrameError {
  let raw: unknown;
  try {
    raw = JSON.parse(String(data));
  } catch {
    return { code: 'BAD_FRAME', message: 'the frame is not JSON; send {"type":"ask","id":"1","question":"…"}' };
  }
  if (Value.Check(ClientFrameSchema, raw)) return raw;
  const errors = [...Value.Errors(ClientFrameSchema, raw)];
  // An ask frame whose only fault is a blank question gets the same code as POST /api/ask.
  const asAsk = (raw as { type?: unknown } | null)?.type === 'ask' ? [...Value.Errors(AskFrameSchema, raw)] : [];
  if (asAsk.length > 0 && isBlankQuestion(asAsk)) return { ...idOf(raw), code: 'QUESTION_BLANK', message: BLANK_QUESTION_MESSAGE };
  const first = asAsk[0] ?? errors[0];
  return { ...idOf(raw), code: 'BAD_FRAME', message: `the frame does not match {type:"ask", id, question, history?, filters?, asOf?} or {type:"cancel", id}: ${first?.instancePath || '/'} ${first?.message ?? ''}`.trim() };
}

export const chatSocket: RoutePlugin = async (app) => {
  const { service } = app;
  // The socket's questions count against the same per-address budget as POST /api/ask, frame by frame.
  const askLimit = app.createRateLimit({ max: service.config.rateLimits.ask, timeWindow: 60_000 });
  // A browser page on another site could open this socket and read the answers: only our own origin
  // and ALLOWED_ORIGINS may (the Host header was checked on the root).
  const onRequest = async (request: FastifyRequest) => checkOrigin(request, service.config);
  app.route({
    method: 'GET',
    url: '/ws/chat',
    onRequest,
    handler: async () => {
      throw new AppError('BAD_REQUEST', 'this is the chat socket: open it with a WebSocket client (new WebSocket("ws://…/ws/chat"))', { statusCode: 426 });
    },
    wsHandler: (socket, request) => {
      const inFlight = new Map<string, AbortController>();
      let limits: ReturnType<typeof askLimit> = Promise.resolve({ isAllowed: true, key: '' });
      socket.on('close', () => {
        for (const c of inFlight.values()) c.abort(new Error('socket closed'));
        inFlight.clear();
      });
      socket.on('message', (data) => {
        const frame = parseFrame(data);
        if (!('type' in frame)) return send(socket, { type: 'error', ...frame });
        switch (frame.type) {
          case 'cancel':
            inFlight.get(frame.id)?.abort(new Error('cancelled'));
            return;
          case 'ask':
            // One check at a time: the limiter's local store hands concurrent callers the same counter
            // object, so four frames in one packet would all read the fourth count.
            limits = limits.then(() => askLimit(request), () => askLimit(request));
            return void limits.then((limit) => {
              // isAllowed means "on the allow list"; otherwise the count decides.
              if (limit.isAllowed || !limit.isExceeded) return app.answerTurn().then(() => answer(socket, frame, inFlight, service, request.log));
              const message = `too many questions from this address (at most ${limit.max} a minute); retry in ${limit.ttlInSeconds} s`;
              return send(socket, { type: 'error', id: frame.id, code: 'RATE_LIMITED', message });
            }, (e: unknown) => request.log.error({ err: e }, 'rate limiter failed'));
          default: {
            const never: never = frame;
            return never;
          }
        }
      });
    },
  });
};

async function answer(socket: WebSocket, frame: Extract<ClientFrame, { type: 'ask' }>, inFlight: Map<string, AbortController>, service: Service, log: FastifyBaseLogger): Promise<void> {
  if (inFlight.has(frame.id)) return send(socket, { type: 'error', id: frame.id, code: 'BAD_FRAME', message: `an answer with id ${frame.id} is already running; use a new id` });
  const controller = new AbortController();
  inFlight.set(frame.id, controller);
  const assistant = service.assistant();
  send(socket, { type: 'answer-start', id: frame.id, mode: service.chat ? 'llm' : 'extractive' });
  try {
    const request = { question: frame.question, ...(frame.history ? { history: frame.history } : {}), ...(frame.filters ? { filters: frame.filters } : {}), ...(frame.asOf ? { asOf: frame.asOf } : {}) };
    const result = await assistant.ask(request, {
      signal: controller.signal,
      onDelta: (text) => send(socket, { type: 'answer-delta', id: frame.id, text }),
      onChecklist: (c) => service.keepChecklist(c),
      exportLink: checklistExportLink,
    });
    for (const citation of result.citations) send(socket, { type: 'citation', id: frame.id, citation });
    send(socket, { type: 'answer-end', id: frame.id, answer: result });
  } catch (e) {
    if (controller.signal.aborted) return;
    const known = isAppError(e) && e.statusCode < 500;
    if (!known) log.error({ err: e }, 'chat answer failed');
    send(socket, { type: 'error', id: frame.id, code: known ? e.code : 'INTERNAL', message: known ? e.message : 'internal error; see the server log' });
  } finally {
    inFlight.delete(frame.id);
  }
}
