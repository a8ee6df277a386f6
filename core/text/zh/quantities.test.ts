import { describe, expect, it } from 'vitest';
import { EMAIL, PERSON_AFTER_ORG, PHONE } from './contacts.js';
import { CATCH_ALL, CRITERIA_LEAD, JUDGED_AS, SCOPE_RULES, STANDARD_CODE } from './criteria.js';
import { QUANTITY, WAN_WITHOUT_UNIT, quantityNumber, unitKind } from './quantities.js';

const first = (re: RegExp, s: string) => [...s.matchAll(new RegExp(re.source, re.flags.includes('g') ? re.flags : `${re.flags}g`))][0]?.[0];

describe('QUANTITY', () => {
  it.each([
    ['液氨使用量10吨以上的', '10吨以上'],
    ['每个区随机抽查企业不少于6家', '不少于6家'],
    ['组织3名以上相关专业专家', '3名以上'],
    ['超过核定储存量百分之二十以上的', '百分之二十以上'],
    ['于发现之日起1个工作日内', '1个工作日内'],
    ['延长期限不超过30日', '不超过30日'],
    ['罚款二百元以上五百元以下', '二百元以上'],
    ['开挖深度5米以上', '5米以上'],
    ['建筑面积1万平方米以下', '1万平方米以下'],
    ['合同价5000万元以下', '5000万元以下'],
  ])('matches %s → %s', (text, match) => expect(first(QUANTITY, text)).toBe(match));

  it.each([
    ['8万', 80000],
    ['1.5万', 15000],
    ['二十', 20],
    ['12', 12],
  ])('reads the number %s as %d', (text, n) => expect(quantityNumber(text)).toBe(n));

  it('takes 万 without a unit as money, and leaves 万 before a unit alone', () => {
    expect('投资80万的项目'.replace(WAN_WITHOUT_UNIT, '$1万元')).toBe('投资80万元的项目');
    expect('8万平方米的项目，80万元'.replace(WAN_WITHOUT_UNIT, '$1万元')).toBe('8万平方米的项目，80万元');
  });

  it.each(['第三条', '2025年', '5月', '一、检查范围'])('finds no quantity in %s', (text) => {
    const m = first(QUANTITY, text);
    expect(m === undefined || /年$/u.test(m)).toBe(true);
  });

  it('knows the kind of each unit', () => {
    expect([unitKind('吨'), unitKind('立方米'), unitKind('%'), unitKind('个工作日'), unitKind('家'), unitKind('元'), unitKind('斤')]).toEqual(['mass', 'volume', 'percent', 'duration', 'count', 'money', undefined]);
  });
});

describe('contacts', () => {
  it.each([
    ['联系人：市应急管理局危险化学品安全监督管理科韩立新，电话：0489-6213357；', '0489-6213357'],
    ['联系电话：13812345678', '13812345678'],
    ['咨询电话（0489）6213357', '（0489）6213357'],
    ['电话：0489-621', undefined],
  ])('PHONE in %s', (text, phone) => expect([...text.matchAll(PHONE)][0]?.[1]).toBe(phone));

  it('finds an e-mail address and the person after an organisation', () => {
    expect(first(EMAIL, '电子版同时发送至bhyjwhk@baihe-yjj.example。')).toBe('bhyjwhk@baihe-yjj.example');
    expect(PERSON_AFTER_ORG.exec('市应急管理局工贸行业安全监督管理科林雪')?.[2]).toBe('林雪');
    expect(PERSON_AFTER_ORG.exec('市应急管理局')).toBeNull();
  });
});

describe('criteria and scope', () => {
  it.each([
    ['危险化学品储存企业有下列情形之一的，应当判定为重大事故隐患：', true],
    ['施工现场存在下列情形之一的，应当判定为重大事故隐患：', true],
    ['企业应当建立重大事故隐患排查治理制度。', false],
  ])('CRITERIA_LEAD %s', (text, yes) => expect(CRITERIA_LEAD.test(text)).toBe(yes));

  it('tells a catch-all from an ordinary judgement', () => {
    const catchAll = '企业存在本细则第五条、第六条规定以外的其他严重问题，经专家论证，可以判定为重大事故隐患。';
    expect(JUDGED_AS.test(catchAll) && CATCH_ALL.test(catchAll)).toBe(true);
    expect(CATCH_ALL.test('储罐未设置紧急切断装置的，判定为重大事故隐患。')).toBe(false);
  });

  it.each([
    ['下列企业和场所不适用本细则：', 'excludes'],
    ['城镇燃气经营企业、加油加气站不列入本次专项检查范围。', 'excludes'],
    ['前款规定规模以下的企业，参照本细则执行。', 'refers'],
    ['本细则所称“以上”包括本数。', 'defines'],
    ['本细则适用于本市行政区域内下列企业：', 'applies'],
  ])('SCOPE_RULES: %s → %s', (text, scope) => expect(SCOPE_RULES.find((r) => r.re.test(text))?.scope).toBe(scope));

  it.each([
    ['按《危险化学品重大危险源辨识》（GB 18218）辨识', 'GB 18218'],
    ['符合GB/T 33000-2016的要求', 'GB/T 33000-2016'],
    ['按JGJ 59检查', 'JGJ 59'],
  ])('STANDARD_CODE in %s', (text, code) => expect(first(STANDARD_CODE, text)).toBe(code));
});
