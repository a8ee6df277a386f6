import { describe, expect, it } from 'vitest';
import { loadConfig } from './config.js';

describe('loadConfig', () => {
  it('defaults to offline on 127.0.0.1:3000', () => {
    expect(loadConfig({})).toEqual({
      host: '127.0.0.1',
      port: 3000,
      dataDir: 'data',
      corpusDir: 'corpus',
      logLevel: 'info',
      maxUploadBytes: 20 * 1024 * 1024,
      ingest: { maxPages: 2000, maxUnpackedBytes: 100 * 1024 * 1024, parseTimeoutMs: 120_000, parseMemoryMb: 768, lockWaitMs: 30_000 },
      adminToken: undefined,
      allowedOrigins: [],
      allowedHosts: ['127.0.0.1', 'localhost', '[::1]'],
      rateLimits: { ask: 120, checklist: 30, upload: 10 },
      checklistMaxAgeDays: 30,
      dutyExportMaxRows: 20_000,
      openai: undefined,
      agent: { maxToolCalls: 8, timeoutMs: 60_000, maxRetries: 1 },
    });
  });

  it('reads the agent limits and names the variable of a bad one', () => {
    expect(loadConfig({ AGENT_MAX_TOOL_CALLS: '3', AGENT_TIMEOUT_MS: '5000', AGENT_MAX_RETRIES: '0' }).agent).toEqual({ maxToolCalls: 3, timeoutMs: 5000, maxRetries: 0 });
    let message = '';
    try {
      loadConfig({ AGENT_MAX_TOOL_CALLS: '0', AGENT_TIMEOUT_MS: 'soon' });
    } catch (e) {
      message = (e as Error).message;
    }
    expect(message).toContain('- AGENT_TIMEOUT_MS="soon" is not a whole number');
    expect(message).toMatch(/- AGENT_MAX_TOOL_CALLS: .*1/u);
  });

  it('reads the ingest limits and names the variable of a bad one', () => {
    expect(loadConfig({ MAX_PAGES: '50', MAX_UNPACKED_MB: '8', PARSE_TIMEOUT_MS: '5000', PARSE_MEMORY_MB: '256', INGEST_LOCK_WAIT_MS: '0' }).ingest).toEqual({ maxPages: 50, maxUnpackedBytes: 8 * 1024 * 1024, parseTimeoutMs: 5000, parseMemoryMb: 256, lockWaitMs: 0 });
    let message = '';
    try {
      loadConfig({ PARSE_MEMORY_MB: '16', MAX_PAGES: 'many' });
    } catch (e) {
      message = (e as Error).message;
    }
    expect(message).toContain('- MAX_PAGES="many" is not a whole number');
    expect(message).toMatch(/- PARSE_MEMORY_MB: .*64/u);
  });

  it('allows the listen host, loopback and ALLOWED_HOSTS; a wildcard listen host is not a name', () => {
    expect(loadConfig({ HOST: 'anzhi.local', ALLOWED_HOSTS: 'Anzhi.Example.gov, 10.0.0.5:8080' }).allowedHosts).toEqual(['anzhi.local', '127.0.0.1', 'localhost', '[::1]', 'anzhi.example.gov', '10.0.0.5:8080']);
    expect(loadConfig({ HOST: '0.0.0.0' }).allowedHosts).toEqual(['127.0.0.1', 'localhost', '[::1]']);
    expect(loadConfig({ ALLOWED_HOSTS: '*' }).allowedHosts).toEqual(['*']);
  });

  it('reads ALLOWED_ORIGINS and refuses one with a path', () => {
    expect(loadConfig({ ALLOWED_ORIGINS: 'https://portal.example.gov, http://10.0.0.5:3000' }).allowedOrigins).toEqual(['https://portal.example.gov', 'http://10.0.0.5:3000']);
    expect(() => loadConfig({ ALLOWED_ORIGINS: 'https://portal.example.gov/app' })).toThrow(
      'ALLOWED_ORIGINS: "https://portal.example.gov/app" is not an origin; write it as scheme://host[:port] with no path, e.g. https://portal.example.gov',
    );
  });

  it.each([
    ['short', 5],
    ['has a space in it', 17],
    ['令牌令牌令牌令牌令牌', 10],
  ])('refuses ADMIN_TOKEN %j with the rule', (token, length) => {
    expect(() => loadConfig({ ADMIN_TOKEN: token })).toThrow(`- ADMIN_TOKEN: must be 8 to 200 visible ASCII characters with no spaces (it is sent as Authorization: Bearer <token>); the one given has ${length} characters`);
  });

  it('reads an OpenAI-compatible endpoint', () => {
    const c = loadConfig({ OPENAI_BASE_URL: 'http://127.0.0.1:11434/v1', OPENAI_API_KEY: 'k', CHAT_MODEL: 'qwen2.5' });
    expect(c.openai).toEqual({ baseURL: 'http://127.0.0.1:11434/v1', apiKey: 'k', chatModel: 'qwen2.5', embeddingModel: undefined });
  });

  it('reports every bad key at once, with what to do', () => {
    let message = '';
    try {
      loadConfig({ PORT: 'eighty', MAX_UPLOAD_MB: '1.5', OPENAI_BASE_URL: 'http://x/v1', ADMIN_TOKEN: 'short' });
    } catch (e) {
      expect((e as { code: string }).code).toBe('CONFIG_INVALID');
      message = (e as Error).message;
    }
    expect(message.split('\n')[0]).toBe('configuration is invalid; fix these environment variables:');
    expect(message).toContain('- PORT="eighty" is not a whole number');
    expect(message).toContain('- MAX_UPLOAD_MB="1.5" is not a whole number');
    expect(message).toContain('- OPENAI_BASE_URL/OPENAI_API_KEY are set but neither CHAT_MODEL nor EMBEDDING_MODEL is: set the model names to use');
    expect(message).toMatch(/- ADMIN_TOKEN: .*8/u);
  });
});
