import { describe, expect, it } from 'vitest';
import { classify, INTENT_RULES, ruleFor } from './intents.js';

describe('the intent table', () => {
  const examples = INTENT_RULES.flatMap((rule, row) => rule.examples.map((q) => [rule.intent, row, q] as const));

  it.each(examples)('%s (row %i) wins for %s', (intent, row, question) => {
    expect(INTENT_RULES.indexOf(ruleFor(question))).toBe(row);
    expect(ruleFor(question).intent).toBe(intent);
  });

  it('has a general row last that matches anything, and every other intent once', () => {
    expect(INTENT_RULES.at(-1)!.intent).toBe('general');
    expect(INTENT_RULES.at(-1)!.matches('')).toBe(true);
    const intents = INTENT_RULES.map((r) => r.intent);
    expect(new Set(intents).size).toBe(intents.length);
  });

  // Conflicts: two rows match; the order of the table decides.
  it.each([
    ['a duty question that mentions 隐患', '重大事故隐患排查治理由哪个部门牵头？', 'duty'],
    ['a checklist request that says 谁', '谁要查就给谁用，帮我出一份民爆企业检查清单', 'checklist'],
    ['a metadata question that says 谁', '这个文件是谁发的？', 'metadata'],
    ['a frequency question about 排查', '隐患排查多久搞一次？', 'frequency'],
    ['a deadline question about 整治', '专项整治什么时候结束？', 'deadline'],
    ['a duty question from an enterprise', '我们厂的隐患归哪个局管？', 'duty'],
    ['which rule is in force, with 标准', '旧的判定标准还有效吗？', 'supersede'],
    ['a checklist word with no verb is no checklist request', '检查清单里的隐患怎么判定？', 'hazard'],
    ['a verb that makes no list: 清单里说…多久做一次 asks about a 清单', '市里清单里说园区管委会要做风险评估，多久做一次？', 'frequency'],
    ['what to 排查 is a hazard question, not the items of a check list', '济宁那个通知，春季防火要民爆企业重点排查哪些东西？', 'hazard'],
    ['罚谁 asks who is punished, not who leads', '有人把车停在消防车通道上，罚谁、罚多少？', 'general'],
  ])('%s: %s → %s', (_what, question, intent) => {
    expect(ruleFor(question).intent).toBe(intent);
  });
});

describe('classify', () => {
  it('routes by the row: checklist → checklist, 要遵守哪些规定 → obligations, others → retrieve', () => {
    expect(classify('帮我列一份民爆企业的安全检查清单').answerer).toBe('checklist');
    expect(classify('我们是文登的民爆销售公司，要遵守哪些规定？')).toMatchObject({ rule: { intent: 'applicability' }, answerer: 'obligations' });
    expect(classify('我们厂能不能在库房里充电').answerer).toBe('retrieve');
    expect(classify('城市安全风险信息平台归哪个处管').answerer).toBe('retrieve');
  });

  it('lets a follow-up with no intent of its own keep the previous intent, and refines its answerer on its own words', () => {
    expect(classify('那疏散逃生演练呢？', '民爆企业多久搞一次隐患排查？').rule.intent).toBe('frequency');
    expect(classify('那只要消防方面的呢？', '帮我列一份民爆企业的安全检查清单').answerer).toBe('checklist');
    // An applicability follow-up becomes an obligations list only when it asks for everything.
    expect(classify('那要遵守哪些规定呢？', '我们厂能不能在库房里充电')).toMatchObject({ rule: { intent: 'applicability' }, answerer: 'obligations' });
    expect(classify('那仓库呢？', '我们厂能不能在库房里充电')).toMatchObject({ rule: { intent: 'applicability' }, answerer: 'retrieve' });
    // A question with an intent of its own never inherits.
    expect(classify('那谁牵头呢？', '民爆企业多久搞一次隐患排查？').rule.intent).toBe('duty');
    // A new question that is not a follow-up stays general.
    expect(classify('安全生产月活动是干什么的', '民爆企业多久搞一次隐患排查？').rule.intent).toBe('general');
  });
});
