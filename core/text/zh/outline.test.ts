import { describe, expect, it } from 'vitest';
import {
  ARTICLE_NUMBER,
  ARTICLE_PATH_ELEMENT,
  BODY_START,
  HEADING_NUMBERING,
  LAW_BEFORE_ARTICLE,
  LAW_UNIT_HEAD,
  NUMBERED_ITEM,
  OUTLINE_LINE_START,
  OUTLINE_MARKER_SOURCES,
  OUTLINE_PREFIX,
  OUTLINE_RULES,
} from './outline.js';

/** The first rule that matches, with the number as written (group 1). */
function firstRule(paragraph: string): [string, string] | undefined {
  for (const rule of OUTLINE_RULES) {
    const m = rule.re.exec(paragraph);
    if (m) return [rule.kind, m[1] ?? ''];
  }
  return undefined;
}

describe('OUTLINE_RULES', () => {
  it.each([
    ['附件1：检查表', 'attachment', '1'],
    ['附件', 'attachment', ''],
    ['第一编 总则', 'part', '一'],
    ['第一章 总则', 'chapter', '一'],
    ['第二节 安全生产保障', 'section', '二'],
    ['第十二条 生产经营单位…', 'article', '十二'],
    ['第一百零三条　违反本法…', 'article', '一百零三'],
    ['第二十一条之一 生产经营单位…', 'article', '二十一'],
    ['第21条', 'article', '21'],
    ['二、主要任务', 'outline1', '二'],
    ['十一、保障措施', 'outline1', '十一'],
    ['（三）深化安全专项整治', 'outline2', '三'],
    ['(九) 多措并举', 'outline2', '九'],
    ['3.突出重大安全风险管控', 'outline3', '3'],
    ['12、加强培训', 'outline3', '12'],
    ['（1）建立台账', 'outline4', '1'],
    ['①定期检查', 'outline5', '①'],
  ])('%s → %s %j', (paragraph, kind, number) => expect(firstRule(paragraph)).toEqual([kind, number]));

  it.each([
    '2024.3月起施行', // a date, not 2.
    '123.全面排查', // three digits
    '第3页', // a page, not a unit
    '第十二条、第十三条', // an article cited in a list, not opening one
    '两、', // 两 counts, it does not number headings
    '（两）',
    '㉑',
  ])('%s opens no unit', (paragraph) => expect(firstRule(paragraph)).toBeUndefined());
});

describe('OUTLINE_MARKER_SOURCES', () => {
  it.each([
    ['outline1', '二、', '两、'],
    ['outline2', '（三）', '（3）'],
    ['outline3', '3.', '2024.3'],
    ['outline4', '（12）', '（123）'],
    ['outline5', '⑳', '㉑'],
  ] as const)('%s matches %s, not %s', (level, example, nonExample) => {
    const re = new RegExp(`^(?:${OUTLINE_MARKER_SOURCES[level]})`, 'u');
    expect(re.test(example)).toBe(true);
    expect(re.test(nonExample)).toBe(false);
  });
});

describe.each([
  ['OUTLINE_LINE_START', OUTLINE_LINE_START, ['一、总体要求', '（一）切实落实', '(九) 多措并举', '1.科学规划', '1、加强', '（1）建立', '①定期', '第十二条 生产经营单位', '第一章 总则', '附件1'], ['2024.3月', '第3页', '第两条', '各有关单位：', '3.5万元']],
  ['BODY_START', BODY_START, ['一、总体要求', '（一）切实落实', '1.科学规划', '第一章 总则', '1 范围', '4.1三等及以上尾矿库应当…'], ['（1）建立', '①定期', '附件1', '2024.3月', '宁工信安委发〔2019〕19号', '2.5米以上的平台', '5月1日起施行', '2026-01-20发布']],
  ['NUMBERED_ITEM', NUMBERED_ITEM, ['1.科学规划', '2.3万家企业', '（1）建立', '①定期', '一、总体要求', '（一）切实落实'], ['123.全面', '第一章 总则', '附件1', '开展检查']],
  ['OUTLINE_PREFIX', OUTLINE_PREFIX, ['2.各责任处室要…', ' （一） 切实', '(九)多措', '123、全面', '①定期', '（十2）'], ['第一章 总则', '各责任处室要', '两、']],
  ['HEADING_NUMBERING', HEADING_NUMBERING, ['（一）进一步做好防火工作', '三、主要任务', '1.科学规划', '①定期', '第三条', '第一百条'], [' （一）前有空格', '第一编 总则', '第一千条', '附件1']],
  ['ARTICLE_PATH_ELEMENT', ARTICLE_PATH_ELEMENT, ['第二十一条', '第21条', '第一百零三条', '第两条'], ['第二章 生产经营单位的安全生产保障', '（一）', '依照第十条']],
])('%s', (_, re, examples, nonExamples) => {
  it.each(examples)('matches %s', (s) => expect(re.test(s)).toBe(true));
  it.each(nonExamples)('does not match %s', (s) => expect(re.test(s)).toBe(false));
});

describe('OUTLINE_PREFIX and HEADING_NUMBERING strip the number', () => {
  it.each([
    [OUTLINE_PREFIX, '2.各责任处室要加强', '各责任处室要加强'],
    [OUTLINE_PREFIX, ' （三） 集中攻坚', '集中攻坚'],
    [HEADING_NUMBERING, '第三条 生产经营单位', '生产经营单位'],
    [HEADING_NUMBERING, '（一）进一步做好防火工作', '进一步做好防火工作'],
  ])('%s: %s → %s', (re, s, out) => expect(s.replace(re, '')).toBe(out));
});

describe('LAW_UNIT_HEAD', () => {
  it.each([
    ['第十二条 生产经营单位', '第十二条'],
    ['第一章\u3000总则', '第一章'],
    ['第3条\t应当', '第3条'],
  ])('%s → %s', (s, head) => expect(LAW_UNIT_HEAD.exec(s)?.[1]).toBe(head));
  it.each(['第十二条生产经营单位', '第3页 共5页', '第两条 规定'])('%s has no head with a gap', (s) => expect(LAW_UNIT_HEAD.exec(s)).toBeNull());
});

describe('ARTICLE_NUMBER', () => {
  it.each([
    ['安全生产法第二十一条和第22条', ['二十一', '22']],
    ['第一百零三条', ['一百零三']],
    ['第两条', ['两']],
    ['第3页', []],
    ['第一章', []],
  ])('%s → %j', (s, numbers) => expect([...s.matchAll(ARTICLE_NUMBER)].map((m) => m[1])).toEqual(numbers));
});

describe('LAW_BEFORE_ARTICLE', () => {
  it.each([
    ['安全生产法第二十一条规定了什么', '安全生产法'],
    ['《河南省安全生产条例》第十条', '河南省安全生产条例'],
    ['消防法第16条', '消防法'],
  ])('%s → %s', (s, law) => expect(LAW_BEFORE_ARTICLE.exec(s)?.[1]).toBe(law));
  it.each(['第二十一条讲了什么', '安全生产法的主要内容', '实施方案第三部分'])('%s names no law before an article', (s) => expect(LAW_BEFORE_ARTICLE.exec(s)).toBeNull());
});

describe('a standard’s clause numbers (GB/T 1.1)', () => {
  it.each([
    ['5 监测频次', 'chapter', '5'],
    ['4.1三等及以上尾矿库应当建设在线安全监测系统', 'article', '4.1'],
    ['3.1 干滩长度　由滩顶至库内水边线的水平距离。', 'article', '3.1'],
    ['4.2.2下游式尾矿库可以不监测干滩长度', 'item', '4.2.2'],
  ])('%s opens a %s', (line, kind, marker) => {
    const rule = OUTLINE_RULES.find((r) => r.re.test(line));
    expect(rule?.kind).toBe(kind);
    expect(rule!.re.exec(line)![0].trim()).toBe(marker);
  });

  it.each(['2.5米以上的平台应当设置护栏。', '5月1日起施行', '3 名专家参加了会议。', '3号楼'])('%s opens none', (line) => {
    expect(OUTLINE_RULES.find((r) => r.re.test(line))).toBeUndefined();
  });
});
