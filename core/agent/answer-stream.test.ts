import { describe, expect, it } from 'vitest';
import { AnswerStream, partialAnswer } from './answer-stream.js';

describe('partialAnswer', () => {
  it.each([
    ['', ''],
    ['{"supported":true,', ''],
    ['{"answer":"', ''],
    ['{"answer":"民爆仓库', '民爆仓库'],
    ['{"answer": "第一行\\n第二', '第一行\n第二'],
    ['{"answer":"引用\\', '引用'],
    ['{"answer":"“每日巡查”\\"[1]\\"","supported":true}', '“每日巡查”"[1]"'],
    ['{"answer":"\\u6c11\\u7206', '民爆'],
    ['{"answer":"\\u6c1', ''],
  ])('%j → %j', (args, answer) => {
    expect(partialAnswer(args)).toBe(answer);
  });
});

describe('AnswerStream', () => {
  it('passes on only the new text of each call, however the arguments are cut', () => {
    const got: string[] = [];
    const stream = new AnswerStream((t) => got.push(t));
    const args = JSON.stringify({ answer: '民爆仓库应当每日巡查一次[1]。', supported: true, citations: [] });
    for (let i = 0; i < args.length; i += 3) stream.push('m1:0', args.slice(i, i + 3));
    expect(got.join('')).toBe('民爆仓库应当每日巡查一次[1]。');
    stream.push('m2:0', '{"answer":"重试');
    expect(got.at(-1)).toBe('重试');
  });
});
