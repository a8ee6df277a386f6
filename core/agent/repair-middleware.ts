/**
 * Repair of an answer that did not come as a valid `final_answer` call: arguments that do not fit the schema
 * (toolStrategy throws, with `handleError: false`), a reply in plain text, or tool-call arguments that are not
 * JSON (both end the loop with no structured response). The model call is made once more with a note saying
 * what was wrong; a second failure stands, and the caller falls back to the offline answer.
 *
 * Why not toolStrategy's own `handleError: true` and an afterModel hook: in langchain 1.5.14 the retry that
 * handleError sends (a Command back to the model) runs beside the afterModel hooks, and with
 * toolCallLimitMiddleware present the graph fails with `Invalid update for channel "jumpTo" with values
 * [null,null]` (langchain-ai/langchainjs#10175, fix proposed in #11015); a jump to the model from afterModel is
 * also dropped when the reply has no tool calls (#11652). Retrying inside wrapModelCall stays in one node.
 */
import { createMiddleware, MultipleStructuredOutputsError, StructuredOutputParsingError } from 'langchain';
import { AIMessage, HumanMessage } from '@langchain/core/messages';
import { RESPONSE_TOOL } from './agent-response.js';

/** What the model is told, followed by what was wrong. */
export const REPAIR_NOTE = `【格式修复】你上一次的输出不是有效的 ${RESPONSE_TOOL} 调用。请只通过调用 ${RESPONSE_TOOL} 工具给出回答，参数为 JSON：{"answer": …, "supported": …, "citations": [{"n": …, "clauseId": …, "quote": …}]}。问题：`;

/** The error itself or one it wraps: middleware re-throws an inner layer's error as a MiddlewareError with it as `cause`. */
export function findCause<T>(e: unknown, is: (x: unknown) => x is T): T | undefined {
  for (let x = e, depth = 0; x instanceof Error && depth < 10; x = x.cause, depth++) if (is(x)) return x;
  return undefined;
}

/** A final_answer call the response format refused. */
export const unusable = (x: unknown): x is Error => x instanceof StructuredOutputParsingError || x instanceof MultipleStructuredOutputsError;

/** True for a reply that ends the loop without an answer: no tool call at all (plain text, or unparsable arguments). */
function stray(result: unknown): boolean {
  return AIMessage.isInstance(result) && (result.tool_calls?.length ?? 0) === 0;
}

function problemOf(result: unknown): string {
  const invalid = AIMessage.isInstance(result) ? result.invalid_tool_calls ?? [] : [];
  return invalid.length > 0 ? `工具调用参数不是有效的 JSON（${invalid.map((c) => c.name ?? '').join('、')}）` : '没有调用任何工具，直接输出了文字';
}

/** Makes each model call at most twice: once, and once more with the repair note if the first was not a usable reply. */
export function repairMiddleware() {
  return createMiddleware({
    name: 'StructuredAnswerRepair',
    wrapModelCall: async (request, handler) => {
      let problem: string;
      try {
        const result = await handler(request);
        if (!stray(result)) return result;
        problem = problemOf(result);
      } catch (e) {
        const bad = findCause(e, unusable);
        if (!bad) throw e;
        problem = bad.message;
      }
      // The broken reply is not kept: an unparsable tool call would need a tool result before the note.
      return handler({ ...request, messages: [...request.messages, new HumanMessage(REPAIR_NOTE + problem)] });
    },
  });
}
