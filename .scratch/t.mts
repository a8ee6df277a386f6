import { toolStrategy } from 'langchain';
import { AgentResponseSchema } from '../core/agent/agent-response.ts';
const s = toolStrategy(AgentResponseSchema);
console.log(JSON.stringify((s as any).responseFormat?.[0]?.tool ?? s, null, 1).slice(0, 1500));
