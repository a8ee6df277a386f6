import { describe, expect, it } from 'vitest';
import { ANSWER_TYPE_RULES, answerTypeOf, answerTypesOf, askedQuantity } from './answer-types.js';

describe('the answer-type table', () => {
  const examples = ANSWER_TYPE_RULES.flatMap((rule, row) => rule.examples.map((q) => [rule.type, row, q] as const));

  it.each(examples)('%s (row %i) is first for %s', (type, row, question) => {
    expect(ANSWER_TYPE_RULES.findIndex((r) => r.re.test(question))).toBe(row);
    expect(answerTypeOf(question)).toBe(type);
  });

  it.each([
    ['a duty question that asks how far too', '化工企业该离多远，宁夏工信厅内部是谁在管这摊事？', ['quantity', 'lead']],
    ['“一共最多能放几个” asks a limit, not how many there are', '店里在用的加备用的一共最多能放几个瓶？', ['open']],
    ['“有几个还没拿到证” says a few, it asks no count', '我们架子工有几个还没拿到证，先让他们上去干着行不行？', ['open']],
    ['a frequency question that asks whom to report to', '形势分析多久搞一次？分析完报给谁？', ['frequency', 'recipient']],
    ['a reference question about hazards is no hazard judgement', '修船造船的厂子，判定是不是重大隐患看哪份文件？', ['open']],
    ['a question about the 开工前 documents is no deadline question', '施工单位开工前要向消防机构备案哪些材料？', ['open']],
    ['a contact question that also says 谁', '涉氨冷库检查有问题想问市应急局，找谁？电话给我一下', ['contact', 'lead']],
    ['“负责这事的联系人” asks a contact, not who leads', '那区商务局那边负责这事的联系人和电话呢？', ['contact']],
  ])('%s: %s', (_what, question, types) => {
    expect(answerTypesOf(question)).toEqual(types);
  });

  it.each([
    ['液氨的临界量是多少吨？', 'mass'],
    ['基坑支护水平位移报警值是多少毫米？', 'length'],
    ['抽查比例是多少', 'percent'],
    ['督办期限多长时间？', 'duration'],
    ['进罐前的气体检测最早能提前多久做？', 'duration'],
    ['健康监护档案要保存多少年？', 'duration'],
    ['电动自行车最高车速是多少公里每小时？', 'speed'],
    ['网格员发现燃气泄漏要多快报告？', undefined],
    ['每次至少查几家？', 'count'],
    ['罚多少钱？', 'money'],
    ['一个零售点最多能雇几个营业员？', 'people'],
  ])('reads what a number is asked of: %s → %s', (question, kind) => {
    expect(askedQuantity(question)).toBe(kind);
  });
});
