/**
 * Repair of an answer that never reached `final_answer`: a model that replies in plain text, or whose tool-call
 * arguments are not JSON, ends the agent loop with no structured response. This middleware takes that reply out
 * of the conversation, tells the model once what was wrong, and sends it back to the model. (Arguments that are
 * JSON but do not fit the schema are repaired by toolStrategy's own `handleError`.) A second failure is left to
 * end the loop, and the caller falls back to the offline answer.
 */
import { createMiddleware } from 'langchain';
import { AIMessage, HumanMessage, RemoveMessage, ToolMessage, type BaseMessage } from '@langchain/core/messages';
import { RESPONSE_TOOL } from './agent-response.js';

/** How many times a reply that is not a `final_answer` call is sent back. */
export const MAX_REPAIRS = 1;

/** What the model is told; the marker lets the middleware count its own repairs. */
export const REPAIR_NOTE = `【格式修复】你上一次的输出没有以有效的 JSON 参数调用 ${RESPONSE_TOOL}。请只通过调用 ${RESPONSE_TOOL} 工具给出回答，参数为 {"answer": …, "supported": …, "citations": [{"n": …, "clauseId": …, "quote": …}]}。`;

/** True when the loop stopped on the model's own reply rather than after a `final_answer` call. */
function strayReply(messages: readonly BaseMessage[]): AIMessage | undefined {
  const last = messages.at(-1);
  if (!last || !AIMessage.isInstance(last) || (last.tool_calls?.length ?? 0) > 0) return undefined;
  // After a valid final_answer the agent appends [AI(call), Tool(final_answer), AI("Returning structured response…")].
  const before = messages.at(-2);
  if (before && ToolMessage.isInstance(before) && before.name === RESPONSE_TOOL) return undefined;
  return last;
}

export const repairMiddleware = createMiddleware({
  name: 'StructuredAnswerRepair',
  afterModel: {
    canJumpTo: ['model'],
    hook: (state) => {
      const stray = strayReply(state.messages);
      if (!stray) return undefined;
      const repairs = state.messages.filter((m) => HumanMessage.isInstance(m) && m.content === REPAIR_NOTE).length;
      if (repairs >= MAX_REPAIRS) return undefined;
      // The broken reply is removed, not answered: its unparsable tool call would need a tool result.
      const remove = stray.id ? [new RemoveMessage({ id: stray.id })] : [];
      return { messages: [...remove, new HumanMessage(REPAIR_NOTE)], jumpTo: 'model' as const };
    },
  },
});
