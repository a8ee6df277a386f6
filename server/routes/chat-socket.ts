/**
 * WS /ws/chat. The client sends {type: "ask", id, question, history?}; the server streams answer-start,
 * answer-delta…, citation…, answer-end, or error. Closing the socket aborts every answer in flight; a
 * malformed frame gets an error frame and the socket stays open.
 */
import type { WebSocket } from 'ws';
import type { FastifyBaseLogger } from 'fastify';
import { Value } from 'typebox/value';
import { isAppError } from '../../core/errors.js';
import { ClientFrameSchema, type ClientFrame, type ServerFrame } from '../../core/schemas.js';
import type { RoutePlugin } from '../app-type.js';
import type { Service } from '../service.js';
import { checklistExportLink } from '../checklist-export-link.js';

function send(socket: WebSocket, frame: ServerFrame): void {
  if (socket.readyState === socket.OPEN) socket.send(JSON.stringify(frame));
}

function parseFrame(data: unknown): ClientFrame | string {
  let raw: unknown;
  try {
    raw = JSON.parse(String(data));
  } catch {
    return 'the frame is not JSON; send {"type":"ask","id":"1","question":"…"}';
  }
  if (Value.Check(ClientFrameSchema, raw)) return raw;
  const first = [...Value.Errors(ClientFrameSchema, raw)][0];
  return `the frame does not match {type:"ask", id, question, history?} or {type:"cancel", id}: ${first?.instancePath || '/'} ${first?.message ?? ''}`.trim();
}

export const chatSocket: RoutePlugin = async (app) => {
  const { service } = app;
  app.get('/ws/chat', { websocket: true }, (socket, request) => {
    const inFlight = new Map<string, AbortController>();
    socket.on('close', () => {
      for (const c of inFlight.values()) c.abort(new Error('socket closed'));
      inFlight.clear();
    });
    socket.on('message', (data) => {
      const frame = parseFrame(data);
      if (typeof frame === 'string') return send(socket, { type: 'error', code: 'BAD_FRAME', message: frame });
      switch (frame.type) {
        case 'cancel':
          inFlight.get(frame.id)?.abort(new Error('cancelled'));
          return;
        case 'ask':
          return void answer(socket, frame, inFlight, service, request.log);
        default: {
          const never: never = frame;
          return never;
        }
      }
    });
  });
};

async function answer(socket: WebSocket, frame: Extract<ClientFrame, { type: 'ask' }>, inFlight: Map<string, AbortController>, service: Service, log: FastifyBaseLogger): Promise<void> {
  if (inFlight.has(frame.id)) return send(socket, { type: 'error', id: frame.id, code: 'BAD_FRAME', message: `an answer with id ${frame.id} is already running; use a new id` });
  const controller = new AbortController();
  inFlight.set(frame.id, controller);
  const assistant = service.assistant();
  send(socket, { type: 'answer-start', id: frame.id, mode: service.chat ? 'llm' : 'extractive' });
  try {
    const request = { question: frame.question, ...(frame.history ? { history: frame.history } : {}), ...(frame.filters ? { filters: frame.filters } : {}) };
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
