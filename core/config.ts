/**
 * The one place configuration is read. Entry points pass `process.env`; everything else receives a Config.
 */
import { join } from 'node:path';
import { Type, type Static } from 'typebox';
import { Value } from 'typebox/value';
import { AppError } from './errors.js';

export const ConfigSchema = Type.Object({
  host: Type.String({ minLength: 1 }),
  port: Type.Integer({ minimum: 0, maximum: 65535 }),
  dataDir: Type.String({ minLength: 1 }),
  corpusDir: Type.String({ minLength: 1 }),
  logLevel: Type.Union(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'].map((l) => Type.Literal(l))),
  maxUploadBytes: Type.Integer({ minimum: 1 }),
  /** What reading one file may cost, and how long a second writer waits for the ingest lock (README: Limits). */
  ingest: Type.Object({
    maxPages: Type.Integer({ minimum: 1 }),
    maxUnpackedBytes: Type.Integer({ minimum: 1 }),
    parseTimeoutMs: Type.Integer({ minimum: 1000 }),
    parseMemoryMb: Type.Integer({ minimum: 64 }),
    lockWaitMs: Type.Integer({ minimum: 0 }),
  }),
  /** 8 to 200 visible ASCII characters, no spaces: what an `Authorization: Bearer <token>` header can carry. */
  adminToken: Type.Optional(Type.String({ minLength: 8, maxLength: 200, pattern: '^[\\x21-\\x7e]+$' })),
  /** Origins besides the server's own that may open the chat socket (`https://portal.example.gov`). */
  allowedOrigins: Type.Array(Type.String({ minLength: 1 })),
  /** Host names (optionally `name:port`) a request's Host header may carry; `['*']` turns the check off. */
  allowedHosts: Type.Array(Type.String({ minLength: 1 })),
  /** Requests per minute per client address. */
  rateLimits: Type.Object({ ask: Type.Integer({ minimum: 1 }), checklist: Type.Integer({ minimum: 1 }), upload: Type.Integer({ minimum: 1 }) }),
  /** Most duty rows a CSV or XLSX export holds; a larger one is refused with what to narrow. */
  dutyExportMaxRows: Type.Integer({ minimum: 1 }),
  /** Drafted checklists older than this are deleted when the server starts. */
  checklistMaxAgeDays: Type.Integer({ minimum: 1 }),
  openai: Type.Optional(
    Type.Object({
      baseURL: Type.String({ minLength: 1 }),
      apiKey: Type.String(),
      chatModel: Type.Optional(Type.String({ minLength: 1 })),
      embeddingModel: Type.Optional(Type.String({ minLength: 1 })),
    }),
  ),
  /** What one model-mode answer may spend (README: Model mode): tool calls, wall time, retries of a failed model call. */
  agent: Type.Object({
    maxToolCalls: Type.Integer({ minimum: 1, maximum: 50 }),
    timeoutMs: Type.Integer({ minimum: 1000 }),
    maxRetries: Type.Integer({ minimum: 0, maximum: 5 }),
  }),
});
export type Config = Static<typeof ConfigSchema>;

/** The ADMIN_TOKEN rule in words, for the start-up error and the README. */
export const TOKEN_RULE = 'must be 8 to 200 visible ASCII characters with no spaces (it is sent as Authorization: Bearer <token>)';

type Env = Record<string, string | undefined>;

/** The environment variable behind each config field, so an error names what the user sets. */
const ENV_NAME: Record<string, string> = {
  host: 'HOST',
  port: 'PORT',
  dataDir: 'ANZHI_DATA_DIR',
  corpusDir: 'ANZHI_CORPUS_DIR',
  logLevel: 'LOG_LEVEL',
  maxUploadBytes: 'MAX_UPLOAD_MB',
  'ingest/maxPages': 'MAX_PAGES',
  'ingest/maxUnpackedBytes': 'MAX_UNPACKED_MB',
  'ingest/parseTimeoutMs': 'PARSE_TIMEOUT_MS',
  'ingest/parseMemoryMb': 'PARSE_MEMORY_MB',
  'ingest/lockWaitMs': 'INGEST_LOCK_WAIT_MS',
  adminToken: 'ADMIN_TOKEN',
  allowedOrigins: 'ALLOWED_ORIGINS',
  allowedHosts: 'ALLOWED_HOSTS',
  rateLimits: 'RATE_LIMIT_ASK/RATE_LIMIT_CHECKLIST/RATE_LIMIT_UPLOAD',
  checklistMaxAgeDays: 'CHECKLIST_MAX_AGE_DAYS',
  dutyExportMaxRows: 'DUTY_EXPORT_MAX_ROWS',
  openai: 'OPENAI_BASE_URL/OPENAI_API_KEY/CHAT_MODEL/EMBEDDING_MODEL',
  'agent/maxToolCalls': 'AGENT_MAX_TOOL_CALLS',
  'agent/timeoutMs': 'AGENT_TIMEOUT_MS',
  'agent/maxRetries': 'AGENT_MAX_RETRIES',
};

function int(env: Env, key: string, fallback: number, problems: string[]): number {
  const raw = env[key];
  if (raw === undefined || raw === '') return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n)) problems.push(`${key}=${JSON.stringify(raw)} is not a whole number`);
  return n;
}

function list(env: Env, key: string): string[] {
  return (env[key] ?? '').split(',').map((s) => s.trim()).filter(Boolean);
}

/** https://portal.example.gov, http://10.0.0.5:3000 — a scheme and a host, nothing after. */
function origins(env: Env, problems: string[]): string[] {
  const given = list(env, 'ALLOWED_ORIGINS');
  for (const o of given) {
    let origin = '';
    try {
      origin = new URL(o).origin;
    } catch {
      // reported below
    }
    if (origin !== o) problems.push(`ALLOWED_ORIGINS: ${JSON.stringify(o)} is not an origin; write it as scheme://host[:port] with no path, e.g. https://portal.example.gov`);
  }
  return given;
}

/** Names a browser may use to reach the server: the listen host (unless it is a wildcard), loopback, and ALLOWED_HOSTS. */
function hosts(env: Env, host: string): string[] {
  const given = list(env, 'ALLOWED_HOSTS');
  if (given.includes('*')) return ['*'];
  const wildcard = host === '0.0.0.0' || host === '::';
  return [...new Set([...(wildcard ? [] : [host]), '127.0.0.1', 'localhost', '[::1]', ...given].map((h) => h.toLowerCase()))];
}

/** Reads and validates every key at once; throws CONFIG_INVALID listing all problems. */
export function loadConfig(env: Env): Config {
  const problems: string[] = [];
  const baseURL = env.OPENAI_BASE_URL?.trim();
  const apiKey = env.OPENAI_API_KEY?.trim();
  const host = env.HOST?.trim() || '127.0.0.1';
  const config = {
    host,
    port: int(env, 'PORT', 3000, problems),
    dataDir: env.ANZHI_DATA_DIR?.trim() || 'data',
    corpusDir: env.ANZHI_CORPUS_DIR?.trim() || 'corpus',
    logLevel: env.LOG_LEVEL?.trim() || 'info',
    maxUploadBytes: int(env, 'MAX_UPLOAD_MB', 20, problems) * 1024 * 1024,
    ingest: {
      maxPages: int(env, 'MAX_PAGES', 2000, problems),
      maxUnpackedBytes: int(env, 'MAX_UNPACKED_MB', 100, problems) * 1024 * 1024,
      parseTimeoutMs: int(env, 'PARSE_TIMEOUT_MS', 120_000, problems),
      parseMemoryMb: int(env, 'PARSE_MEMORY_MB', 768, problems),
      lockWaitMs: int(env, 'INGEST_LOCK_WAIT_MS', 30_000, problems),
    },
    adminToken: env.ADMIN_TOKEN?.trim() || undefined,
    allowedOrigins: origins(env, problems),
    allowedHosts: hosts(env, host),
    rateLimits: { ask: int(env, 'RATE_LIMIT_ASK', 120, problems), checklist: int(env, 'RATE_LIMIT_CHECKLIST', 30, problems), upload: int(env, 'RATE_LIMIT_UPLOAD', 10, problems) },
    checklistMaxAgeDays: int(env, 'CHECKLIST_MAX_AGE_DAYS', 30, problems),
    dutyExportMaxRows: int(env, 'DUTY_EXPORT_MAX_ROWS', 20_000, problems),
    openai:
      baseURL || apiKey
        ? {
            baseURL: baseURL || 'https://api.openai.com/v1',
            apiKey: apiKey || 'none',
            chatModel: env.CHAT_MODEL?.trim() || undefined,
            embeddingModel: env.EMBEDDING_MODEL?.trim() || undefined,
          }
        : undefined,
    agent: {
      maxToolCalls: int(env, 'AGENT_MAX_TOOL_CALLS', 8, problems),
      timeoutMs: int(env, 'AGENT_TIMEOUT_MS', 60_000, problems),
      maxRetries: int(env, 'AGENT_MAX_RETRIES', 1, problems),
    },
  };
  if (config.openai && !config.openai.chatModel && !config.openai.embeddingModel) {
    problems.push('OPENAI_BASE_URL/OPENAI_API_KEY are set but neither CHAT_MODEL nor EMBEDDING_MODEL is: set the model names to use');
  }
  for (const e of Value.Errors(ConfigSchema, Value.Clean(ConfigSchema, structuredClone(config)))) {
    const path = e.instancePath.slice(1);
    const key = ENV_NAME[path] ?? ENV_NAME[path.split('/')[0] ?? ''] ?? (e.instancePath || '/');
    problems.push(key === 'ADMIN_TOKEN' ? `${key}: ${TOKEN_RULE}; the one given has ${config.adminToken?.length} characters` : `${key}: ${e.message}`);
  }
  if (problems.length > 0) {
    throw new AppError('CONFIG_INVALID', `configuration is invalid; fix these environment variables:\n- ${[...new Set(problems)].join('\n- ')}`);
  }
  return config as Config;
}

/** A deployment's own lexicon additions (aliases.json, domain-dict.txt, stopwords.txt, safety-concepts.txt). */
export function lexiconDir(config: Pick<Config, 'dataDir'>): string {
  return join(config.dataDir, 'lexicon');
}
