/**
 * A hard cap on model calls per question. The library's modelCallLimitMiddleware counts in a beforeModel hook,
 * and with a responseFormat the agent goes back to the model without passing the beforeModel hooks (after
 * toolCallLimitMiddleware blocks a call, and after toolStrategy's handleError): measured with the scripted
 * server, a model that kept calling tools made 17 calls under a limit of 6. wrapModelCall runs around every
 * call, so the count is kept there. One instance per question (the agent is built per question).
 */
import { createMiddleware } from 'langchain';
import { AppError } from '../errors.js';

export function modelCallBudget(limit: number, what: string) {
  let calls = 0;
  return createMiddleware({
    name: 'ModelCallBudget',
    wrapModelCall: async (request, handler) => {
      calls += 1;
      if (calls > limit) throw new AppError('UPSTREAM_MODEL', `the model was still calling tools after ${limit} model calls (${what}); answering offline`);
      return handler(request);
    },
  });
}
