/**
 * The chat model of model mode: a streaming ChatOpenAI for any OpenAI-compatible endpoint (DeepSeek, Qwen in
 * DashScope compatible mode, vLLM, Ollama), with the limits one answer may spend.
 */
import { ChatOpenAI, ChatOpenAICompletions, type ChatOpenAIFields } from '@langchain/openai';
import type { MessageContent } from '@langchain/core/messages';
import type { Config } from '../config.js';

/** What one answer may spend; see Config['agent']. */
export type AgentLimits = Config['agent'];

export interface ChatModel {
  id: string;
  model: ChatOpenAI;
  limits: AgentLimits;
}

/** LangChain's own fallback estimate when it has no tokenizer: a token per four characters. */
const CHARS_PER_TOKEN = 4;

function approximateTokens(content: MessageContent): number {
  const text = typeof content === 'string' ? content : content.map((part) => (typeof part === 'string' ? part : 'text' in part && typeof part.text === 'string' ? part.text : '')).join('');
  return Math.ceil(text.length / CHARS_PER_TOKEN);
}

/**
 * The Chat Completions client that never fetches a tokenizer. After a streamed call it estimates token usage
 * with `getNumTokens`, which downloads tiktoken ranks from tiktoken.pages.dev (and, offline, retries with
 * backoff for seconds); a deployment here is offline and should not phone out, so the estimate is LangChain's
 * own approximation. ChatOpenAI delegates the call to this inner client, so that is where the override goes.
 */
class OfflineCompletions extends ChatOpenAICompletions {
  override async getNumTokens(content: MessageContent): Promise<number> {
    return approximateTokens(content);
  }
}

/** ChatOpenAI over the Chat Completions API (what OpenAI-compatible servers speak) with token counting offline. */
export class OfflineChatOpenAI extends ChatOpenAI {
  constructor(fields: ChatOpenAIFields) {
    super({ ...fields, useResponsesApi: false, completions: new OfflineCompletions(fields) });
  }

  override async getNumTokens(content: MessageContent): Promise<number> {
    return approximateTokens(content);
  }
}

/** The chat model the configuration names, or undefined when none is configured (offline). */
export function chatModelFor(config: Pick<Config, 'openai' | 'agent'>): ChatModel | undefined {
  const { openai } = config;
  return openai?.chatModel ? createChatModel({ baseURL: openai.baseURL, apiKey: openai.apiKey, chatModel: openai.chatModel }, config.agent) : undefined;
}

/** A streaming chat client for an OpenAI-compatible endpoint. */
export function createChatModel(openai: { baseURL: string; apiKey: string; chatModel: string }, limits: AgentLimits): ChatModel {
  const model = new OfflineChatOpenAI({
    model: openai.chatModel,
    apiKey: openai.apiKey,
    configuration: { baseURL: openai.baseURL },
    temperature: 0,
    streaming: true,
    streamUsage: false,
    // Retries are the agent's modelRetryMiddleware (which sets 0 per call too); the client itself never retries.
    maxRetries: 0,
  });
  return { id: openai.chatModel, model, limits };
}
