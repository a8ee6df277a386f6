/**
 * A follow-up that changes the industry (那换成搞废旧物资回收利用的企业呢？) is answered under the new industry's
 * heading only: the sentences under the industry asked before (软件和信息技术服务业) answer for that one.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { assistantOver, type TestAssistant } from '../__fixtures__/assistant-over.js';

const NOTICE = '002_c1536b6ac6ba3ddc.txt';
let over: TestAssistant;
beforeAll(async () => {
  over = await assistantOver({ [NOTICE]: readFileSync(join(import.meta.dirname, '..', '..', 'corpus', 'notices', NOTICE), 'utf8') });
}, 60_000);
afterAll(() => over.close());

it('quotes the 废弃资源综合利用业 item, not the 软件 item the chat was about', async () => {
  const history = [
    { role: 'user' as const, content: '文登工信局检查软件公司主要看啥？' },
    { role: 'assistant' as const, content: '重点检查用电用火安全管理、消防设施保养维护、疏散通道和安全出口畅通等方面情况。' },
  ];
  const a = await over.assistant.ask({ question: '那换成搞废旧物资回收利用的企业呢？', history });
  expect(a.answer).toContain('机械、电气、火灾、高坠、爆炸、灼烫以及车辆');
  expect(a.citations.every((c) => !c.quote.startsWith('软件和信息技术服务业'))).toBe(true);
});
