/**
 * Test helpers below fetch: requests with any Host, method or path bytes (fetch forbids some), and a
 * WebSocket opened with chosen headers that reports a refused upgrade as its HTTP status and body.
 */
import { request } from 'node:http';
import WebSocket from 'ws';

export interface RawResponse {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  text: string;
  json: unknown;
}

export interface RawRequest {
  method?: string;
  path: string;
  headers?: Record<string, string>;
  body?: string | Buffer;
}

function parse(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/** One HTTP/1.1 request to `base` (http://127.0.0.1:PORT) with exactly the given method, path and headers. */
export function raw(base: string, req: RawRequest): Promise<RawResponse> {
  const { hostname, port } = new URL(base);
  return new Promise((resolve, reject) => {
    const r = request({ host: hostname, port, method: req.method ?? 'GET', path: req.path, headers: req.headers, setHost: req.headers?.host === undefined }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => {
        const text = Buffer.concat(chunks).toString('utf8');
        resolve({ status: res.statusCode ?? 0, headers: res.headers, text, json: parse(text) });
      });
    });
    r.on('error', reject);
    r.end(req.body);
  });
}

export type Upgrade = { open: true; socket: WebSocket } | { open: false; status: number; json: unknown };

/** Opens ws://…/ws/chat with the given headers (Origin, Host); a refused upgrade resolves with its status and body. */
export function openSocket(base: string, headers: Record<string, string> = {}): Promise<Upgrade> {
  return new Promise((resolve, reject) => {
    const socket = new WebSocket(base.replace('http', 'ws') + '/ws/chat', { headers });
    socket.on('open', () => resolve({ open: true, socket }));
    socket.on('unexpected-response', (req, res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => {
        req.destroy();
        resolve({ open: false, status: res.statusCode ?? 0, json: parse(Buffer.concat(chunks).toString('utf8')) });
      });
    });
    socket.on('error', reject);
  });
}

/** Sends `frames` on an open socket and collects replies until `until` holds. */
export function exchange<T extends { type: string }>(socket: WebSocket, frames: unknown[], until: (got: T[]) => boolean): Promise<T[]> {
  return new Promise((resolve) => {
    const got: T[] = [];
    socket.on('message', (data) => {
      got.push(JSON.parse(String(data)) as T);
      if (until(got)) resolve(got);
    });
    for (const f of frames) socket.send(typeof f === 'string' ? f : JSON.stringify(f));
  });
}
