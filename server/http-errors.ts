/**
 * One error shape for every response, `{error: {code, message}}`: our AppErrors, Fastify's own errors
 * (FST_* codes: bad URL encoding, body too large, wrong content type, validation), unknown routes and
 * methods, and the raw client errors Node answers before a request exists.
 */
import { STATUS_CODES } from 'node:http';
import type { Duplex } from 'node:stream';
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { isAppError, type ErrorCode } from '../core/errors.js';

export interface ErrorBody {
  error: { code: string; message: string };
}

function body(code: ErrorCode, message: string): ErrorBody {
  return { error: { code, message } };
}

/** One entry of a schema validation failure, as ajv and TypeBox both report it. */
export interface Invalid {
  instancePath: string;
  keyword?: string;
  message?: string;
}

export const BLANK_QUESTION_MESSAGE = 'the question is blank (only spaces, line breaks or control characters); type a question, e.g. {"question": "民爆企业多久检查一次？"}';

/** The question (or checklist request) was empty or had nothing visible in it. */
export function isBlankQuestion(errors: readonly Invalid[]): boolean {
  return errors.some((e) => /^\/(question|request)$/u.test(e.instancePath) && (e.keyword === 'pattern' || e.keyword === 'minLength'));
}

/** Human sizes for the limits we name in messages: 64 KB, 20 MB. */
export function formatBytes(n: number): string {
  return n >= 1024 * 1024 ? `${Math.round(n / 1024 / 1024)} MB` : `${Math.round(n / 1024)} KB`;
}

/** The status and code a Fastify error (FST_*) or a plain 4xx maps to; anything else is INTERNAL. */
function fastifyError(error: FastifyError, request: FastifyRequest): { status: number; body: ErrorBody } | undefined {
  if (error.validation) {
    if (isBlankQuestion(error.validation)) return { status: 400, body: body('QUESTION_BLANK', BLANK_QUESTION_MESSAGE) };
    return { status: 400, body: body('BAD_REQUEST', `invalid request: ${error.message}`) };
  }
  const status = error.statusCode ?? 500;
  if (status >= 500) return undefined;
  switch (status) {
    case 413: {
      const limit = formatBytes(request.routeOptions.bodyLimit ?? 0);
      const hint = request.routeOptions.url === '/api/documents' ? 'the administrator can raise MAX_UPLOAD_MB' : 'send a shorter question, history or filter';
      return { status, body: body('PAYLOAD_TOO_LARGE', `the request body is larger than this route accepts (${limit}); ${hint}`) };
    }
    case 415:
      return { status, body: body('UNSUPPORTED_MEDIA_TYPE', `${error.message}; send JSON with Content-Type: application/json (an upload: application/octet-stream)`) };
    case 404:
      return { status, body: body('NOT_FOUND', error.message) };
    case 429:
      return { status, body: body('RATE_LIMITED', error.message) };
    default:
      return { status: 400, body: body('BAD_REQUEST', error.message) };
  }
}

/** Errors below 500 tell the client what to do; from 500 up the client sees INTERNAL and the log gets the whole error. */
export function errorHandler(error: FastifyError, request: FastifyRequest, reply: FastifyReply): void {
  if (isAppError(error) && error.statusCode < 500) {
    reply.status(error.statusCode).send(body(error.code, error.message));
    return;
  }
  const known = isAppError(error) ? undefined : fastifyError(error, request);
  if (known) {
    reply.status(known.status).send(known.body);
    return;
  }
  request.log.error({ err: error }, 'request failed');
  if (isAppError(error) && error.code === 'UPSTREAM_MODEL') {
    reply.status(error.statusCode).send(body(error.code, error.message));
    return;
  }
  reply.status(isAppError(error) ? error.statusCode : 500).send(body('INTERNAL', 'internal error; see the server log'));
}

/** Route patterns by method, to tell "no such path" (404) from "not with this method" (405). */
export class RouteTable {
  readonly #routes: Array<{ method: string; pattern: RegExp }> = [];

  /** `/api/checklists/:file` matches `/api/checklists/a1b2.docx`; `/assets/*` matches anything below. */
  add(method: string, url: string): void {
    const source = url
      .split(/(:[A-Za-z_]+|\*)/u)
      .map((part) => (part === '*' ? '.*' : part.startsWith(':') ? '[^/]+' : part.replace(/[.+?^${}()|[\]\\]/gu, '\\$&')))
      .join('');
    this.#routes.push({ method, pattern: new RegExp(`^${source}$`, 'u') });
  }

  methodsFor(path: string): string[] {
    return [...new Set(this.#routes.filter((r) => r.pattern.test(path)).map((r) => r.method))].sort();
  }
}

/** Unknown path: 404; a known path with another method (OPTIONS included, there is no CORS): 405 with Allow. */
export function notFoundHandler(routes: RouteTable) {
  return (request: FastifyRequest, reply: FastifyReply): void => {
    const path = request.url.split('?')[0] ?? '/';
    const allowed = routes.methodsFor(path);
    if (allowed.length > 0) {
      reply
        .status(405)
        .header('allow', allowed.join(', '))
        .send(body('METHOD_NOT_ALLOWED', `${request.method} is not allowed on ${path}; use ${allowed.join(' or ')}`));
      return;
    }
    reply.status(404).send(body('NOT_FOUND', `no route ${request.method} ${path}; the API is listed in the README (GET /health, POST /api/ask, …)`));
  };
}

/** Errors Fastify's router raises before a route is found (bad %-encoding, an over-long path segment). */
export function frameworkErrors(maxParamLength: number) {
  return (error: FastifyError, request: FastifyRequest, reply: FastifyReply): void => {
    if (error.code === 'FST_ERR_BAD_URL') {
      reply.status(400).send(body('BAD_REQUEST', 'the path is not valid percent-encoding; encode a literal % as %25'));
      return;
    }
    if (error.code === 'FST_ERR_MAX_PARAM_LENGTH') {
      reply.status(414).send(body('URI_TOO_LONG', `a path segment is longer than ${maxParamLength} characters; no id is that long — list them with GET /api/documents`));
      return;
    }
    request.log.error({ err: error }, 'router failed');
    reply.status(500).send(body('INTERNAL', 'internal error; see the server log'));
  };
}

/** Requests Node's parser rejects (an unknown method, broken headers) never reach Fastify; answer them in the same shape. */
export function clientErrorHandler(error: Error & { code?: string }, socket: Duplex): void {
  if (error.code === 'ECONNRESET' || socket.destroyed) return;
  const [status, code, message]: [number, ErrorCode, string] =
    error.code === 'HPE_HEADER_OVERFLOW'
      ? [431, 'BAD_REQUEST', 'the request headers are too large; send fewer or shorter headers']
      : error.code === 'ERR_HTTP_REQUEST_TIMEOUT'
        ? [408, 'BAD_REQUEST', 'the request took too long to arrive; send it again']
        : [400, 'BAD_REQUEST', 'the request is not valid HTTP/1.1 (unknown method or malformed headers)'];
  const json = JSON.stringify(body(code, message));
  if (socket.writable) {
    socket.write(`HTTP/1.1 ${status} ${STATUS_CODES[status]}\r\nContent-Type: application/json; charset=utf-8\r\nContent-Length: ${Buffer.byteLength(json)}\r\nConnection: close\r\n\r\n${json}`);
  }
  socket.destroy(error);
}
