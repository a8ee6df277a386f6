import { agentResponseFormat } from '../core/agent/agent-response.ts';
const s = agentResponseFormat() as any;
console.log(JSON.stringify(s[0].tool, null, 0).slice(0, 600));
