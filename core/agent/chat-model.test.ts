import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ChatOpenAI } from '@langchain/openai';
import { guardNetwork, type NetworkGuard } from '../__fixtures__/network-guard.js';
import { startFakeModel, type FakeModel } from '../../server/__fixtures__/fake-model.js';
import { createChatModel } from './chat-model.js';

const LIMITS = { maxToolCalls: 3, timeoutMs: 10_000, maxRetries: 0 };
let model: FakeModel;
let guard: NetworkGuard;

beforeAll(async () => {
  guard = guardNetwork();
  model = await startFakeModel(0);
  model.reply = () => '好的。';
});
afterAll(async () => {
  guard.restore();
  await model.close();
});

describe('the chat model never fetches a tokenizer', () => {
  it('plain ChatOpenAI reaches for tiktoken ranks after a streamed call (why the subclass exists)', async () => {
    const plain = new ChatOpenAI({ model: 'fake', apiKey: 'k', configuration: { baseURL: model.url }, streaming: true, streamUsage: false, maxRetries: 0 });
    const before = guard.seen.length;
    const warn = console.warn;
    console.warn = () => {};
    try {
      await plain.invoke('你好');
    } finally {
      console.warn = warn;
    }
    expect(guard.seen.slice(before).filter((h) => !h.startsWith('127.0.0.1'))).toContain('tiktoken.pages.dev');
  });

  it('ours answers with nothing but the endpoint contacted, and estimates tokens as LangChain does without ranks', async () => {
    const chat = createChatModel({ baseURL: model.url, apiKey: 'k', chatModel: 'fake' }, LIMITS);
    const before = guard.seen.length;
    const reply = await chat.model.invoke('你好');
    expect(reply.content).toBe('好的。');
    expect(guard.seen.slice(before).every((h) => h.startsWith('127.0.0.1:'))).toBe(true);
    expect(await chat.model.getNumTokens('民爆仓库应当每日巡查')).toBe(3);
    expect(chat.limits).toEqual(LIMITS);
  });
});
