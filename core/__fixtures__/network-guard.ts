/**
 * Test helper: records every URL `globalThis.fetch` is asked for and every TCP connection attempt, and fails
 * a request to any host but 127.0.0.1 at once, with an error that carries status 404 so that LangChain's
 * AsyncCaller does not retry it (nothing leaves the machine, nothing waits on backoff). A test asserts
 * `foreign()` is empty.
 */
import { subscribe, unsubscribe } from 'node:diagnostics_channel';
import type { Socket } from 'node:net';

export interface NetworkGuard {
  /** Hosts (host:port) of every fetch and connection attempt, in order. */
  readonly seen: string[];
  /** What went anywhere but 127.0.0.1. */
  foreign(): string[];
  restore(): void;
}

const LOCAL = /^127\.0\.0\.1(:\d+)?$/u;

export function guardNetwork(): NetworkGuard {
  const seen: string[] = [];
  const original = globalThis.fetch;
  globalThis.fetch = async (input, init) => {
    const url = new URL(input instanceof Request ? input.url : String(input));
    seen.push(url.host);
    if (!LOCAL.test(url.host)) throw Object.assign(new Error(`blocked by the test's network guard: ${url.href}`), { status: 404 });
    return original(input, init);
  };
  const onSocket = (message: unknown) => {
    const { socket } = message as { socket: Socket };
    socket.on('connectionAttempt', (ip: string, port: number) => seen.push(`${ip}:${port}`));
  };
  subscribe('net.client.socket', onSocket);
  return {
    seen,
    foreign: () => seen.filter((h) => !LOCAL.test(h)),
    restore() {
      globalThis.fetch = original;
      unsubscribe('net.client.socket', onSocket);
    },
  };
}
