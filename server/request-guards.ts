/**
 * Checks made on every request before its body is read: the Host header (against DNS rebinding), the
 * Origin of a chat socket (a page on another site must not read answers), and the administrator token.
 */
import { createHash, timingSafeEqual } from 'node:crypto';
import type { FastifyRequest } from 'fastify';
import type { Config } from '../core/config.js';
import { AppError } from '../core/errors.js';

// "localhost:3000" → [localhost, 3000]; "[::1]:3000" → [[::1], 3000]; "anzhi.example.gov" → [anzhi.example.gov]
const HOST = /^(\[[0-9a-f:.]+\]|[^:[\]]+)(?::(\d{1,5}))?$/u;

/** True when the Host header names this server: an allowed name with no port or the port the request came in on, or an exact `name:port`. */
export function hostAllowed(host: string | undefined, localPort: number | undefined, allowed: readonly string[]): boolean {
  if (allowed.includes('*')) return true;
  const m = HOST.exec(host?.toLowerCase() ?? '');
  if (!m) return false;
  const [whole, name, port] = m as unknown as [string, string, string | undefined];
  return allowed.includes(whole) || (allowed.includes(name) && (port === undefined || Number(port) === localPort));
}

/** Refuses a request whose Host header is not one of ALLOWED_HOSTS (a rebinding attacker's name points at us). */
export function checkHost(request: FastifyRequest, config: Pick<Config, 'allowedHosts'>): void {
  const host = request.headers.host;
  if (host === undefined) throw new AppError('BAD_REQUEST', 'the request has no Host header; send the name you reached the server by');
  if (!hostAllowed(host, request.socket.localPort, config.allowedHosts)) {
    throw new AppError('HOST_NOT_ALLOWED', `Host ${JSON.stringify(host.slice(0, 100))} is not a name of this server; use ${config.allowedHosts[0]} or ask the administrator to add it to ALLOWED_HOSTS`);
  }
}

/** Sockets from the page's own origin or ALLOWED_ORIGINS; a client that sends no Origin is not a browser page and is let through. */
export function checkOrigin(request: FastifyRequest, config: Pick<Config, 'allowedOrigins'>): void {
  const origin = request.headers.origin;
  if (origin === undefined || config.allowedOrigins.includes(origin)) return;
  let sameOrigin = false;
  try {
    sameOrigin = new URL(origin).host === request.headers.host?.toLowerCase();
  } catch {
    // "null" and other non-URLs are never the same origin
  }
  if (!sameOrigin) throw new AppError('ORIGIN_NOT_ALLOWED', `a page on ${JSON.stringify(origin.slice(0, 100))} may not open the chat socket; open the page from this server, or ask the administrator to add that origin to ALLOWED_ORIGINS`);
}

const digest = (text: string): Buffer => createHash('sha256').update(text).digest();

/**
 * `Authorization: Bearer <token>` and nothing else (the scheme is case-insensitive, RFC 9110). The two
 * tokens are compared as SHA-256 digests, equal in length, with timingSafeEqual: the time taken says
 * nothing about how much of the token, or its length, was right.
 */
export function bearerMatches(header: string | undefined, token: string): boolean {
  const m = /^Bearer ([\x21-\x7e]+)$/iu.exec(header ?? '');
  return m !== null && timingSafeEqual(digest(m[1]!), digest(token));
}
