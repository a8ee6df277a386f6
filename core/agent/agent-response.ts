/**
 * The shape a model-mode answer must take (the agent's `responseFormat`): the answer text with [n] markers,
 * whether the clauses support it, and each citation as a clause id with an exact quote of that clause.
 */
import { z } from 'zod';
import { toolStrategy } from 'langchain';
import { toJsonSchema } from '@langchain/core/utils/json_schema';

/** The structured-output tool the model calls to answer (toolStrategy names it after the schema's title). */
export const RESPONSE_TOOL = 'final_answer';

// zod's v3 API on purpose: @langchain/core converts schemas with its own zod 4 copy, and the descriptions
// of a `zod/v4` schema made by our zod 3.25 live in another registry, so they would not reach the model.
export const AgentResponseSchema = z
  .object({
    answer: z.string().describe('简洁的中文回答；每个事实陈述后用 [n] 标注引用编号'),
    supported: z.boolean().describe('工具返回的条款能回答问题时为 true，否则为 false'),
    citations: z
      .array(
        z.object({
          n: z.number().int().min(1).describe('answer 中的引用编号 [n]'),
          clauseId: z.string().min(1).describe('本轮工具返回过的条款编号 clauseId'),
          quote: z.string().min(1).describe('该条款原文中逐字连续的一段'),
        }),
      )
      .describe('answer 中每个 [n] 的出处'),
  })
  .describe('给出最终回答。回答只能通过调用本工具给出。');

export type AgentResponse = z.infer<typeof AgentResponseSchema>;

/**
 * The response format: the schema as JSON Schema with a title, so the tool is called `final_answer` (a zod
 * schema would get a generated `extract-N`). An answer that fails the schema throws (`handleError: false`) and
 * is repaired by repair-middleware.ts, which says why the library's own retry is not used.
 */
export function agentResponseFormat() {
  const schema = toJsonSchema(AgentResponseSchema) as Record<string, unknown>;
  return toolStrategy({ ...schema, type: 'object', title: RESPONSE_TOOL }, { handleError: false });
}

/** The model's structured answer, typed; undefined when it does not match (the agent validated it already). */
export function parseAgentResponse(value: unknown): AgentResponse | undefined {
  const parsed = AgentResponseSchema.safeParse(value);
  return parsed.success ? parsed.data : undefined;
}
