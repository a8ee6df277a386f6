import { describe, expect, it } from 'vitest';
import { CHANGE_WORDS, EFFECTIVE_FROM, FROM_ISSUE, ITEM_REF, NAMED_DOC, SHORT_NAME } from './changes.js';

const actionOf = (s: string) => CHANGE_WORDS.map((w) => ({ action: w.action, at: s.search(w.re) })).filter((x) => x.at >= 0).sort((a, b) => a.at - b.at)[0]?.action;

describe('how a notice changes another document', () => {
  it('reads a full title and the short name it is given', () => {
    const m = [...'印发了《2025年危险化学品和涉氨制冷安全监管重点任务分工方案》（白应急〔2025〕12号，以下简称《分工方案》）。'.matchAll(SHORT_NAME)][0]!;
    expect([m[1], m[2]]).toEqual(['2025年危险化学品和涉氨制冷安全监管重点任务分工方案', '分工方案']);
    expect([...'《分工方案》《细则》其他内容不变。'.matchAll(NAMED_DOC)].map((x) => x[1])).toEqual(['分工方案', '细则']);
  });

  it.each([
    ['《分工方案》第6项重大危险源企业安全包保责任制落实情况专项督导', [undefined, '6', '项']],
    ['《细则》第二条修改为：', [undefined, '二', '条']],
    ['第5项任务“储罐区…”的牵头单位', [undefined, '5', '项']],
    ['《方案》第六部分第（一）项规定的监督检查', ['六', '一', '项']],
  ])('ITEM_REF in %s', (text, item) => expect([...text.matchAll(ITEM_REF)][0]!.slice(1, 4)).toEqual(item));

  it.each([
    ['第6项专项督导调整为每季度开展一次，每次督导结束后10个工作日内通报', 'adjust'],
    ['第5项任务改由科技和信息化科牵头，配合单位和工作频次不变', 'adjust'],
    ['第2项任务的完成时限延长至2025年8月31日前', 'adjust'],
    ['第3项任务仍按每月1次开展，频次不作调整', 'unchanged'],
    ['第9项，在本区范围内由区应急管理局牵头，完成时限不变', 'adjust'],
    ['表第2行规定的住宅区停放充电场所，本县由所在地乡镇人民政府负责巡查', 'adjust'],
    ['第9项特殊作业执法抽查仍按每月执行', 'unchanged'],
    ['《X办法》同时废止', 'repeal'],
    ['第8项任务（电梯安全责任保险试点）不再实施，该项任务自本通知施行之日起取消', 'repeal'],
  ])('the first change word of %s → %s', (text, action) => expect(actionOf(text)).toBe(action));

  it.each(['其他内容不变的部分另行通知。'.slice(0, 0), '按照本通知执行'])('no change word in %j', (text) => expect(actionOf(text)).toBeUndefined());

  it('reads when a change takes effect', () => {
    expect(EFFECTIVE_FROM.exec('自2025年7月1日起，《分工方案》第6项…')?.slice(1)).toEqual(['2025', '7', '1']);
    expect(FROM_ISSUE.test('自本通知印发之日起，《分工方案》第5项…')).toBe(true);
    expect(EFFECTIVE_FROM.test('2025年第三季度督导应于9月20日前完成')).toBe(false);
  });
});
