import { describe, expect, it } from 'vitest';
import { parseText } from '../duties/__fixtures__/notices.js';
import type { Fact, ParsedDocument } from '../schemas.js';
import { CRITERIA, NOTICE } from './__fixtures__/docs.js';
import { extractFacts } from './extract-facts.js';

const criteria = parseText(CRITERIA, '细则.txt');
const notice = parseText(NOTICE, '通知.txt');
const criteriaFacts = extractFacts(criteria);
const noticeFacts = extractFacts(notice);
const of = (facts: Fact[], type: Fact['type']) => facts.filter((f) => f.type === type);

function spansAreExact(doc: ParsedDocument, facts: Fact[]): void {
  for (const f of facts) expect(doc.clauses.find((c) => c.id === f.clauseId)!.text.slice(f.start, f.end)).toBe(f.quote);
}

describe('extractFacts', () => {
  it('ties every fact to the exact span of the clause an answer cites (the article, for its items)', () => {
    spansAreExact(criteria, criteriaFacts);
    spansAreExact(notice, noticeFacts);
    const cited = new Set(criteria.clauses.filter((c) => c.kind === 'article').map((c) => c.id));
    expect(of(criteriaFacts, 'criterion').every((f) => cited.has(f.clauseId))).toBe(true);
  });

  it('reads a contact line numbered as a section (四、…科周敏，电话：…) without the number in its unit', () => {
    const doc = parseText(['关于报送统计表的通知', '四、市应急管理局危险化学品安全监督管理科周敏，电话：0000-6213359。'].join('\n\n'), '统计表通知.txt');
    expect(of(extractFacts(doc), 'contact')[0]).toMatchObject({ org: '市应急管理局危险化学品安全监督管理科', person: '周敏', phone: '0000-6213359' });
  });

  it('reads recurring due dates and hourly rounds as frequencies', () => {
    const doc = parseText(['关于做好值守工作的通知', '一、各街道于每月10日前报送上月情况，节日期间每日16时前报送当日巡查情况。', '二、住院区夜间防火巡查每2小时不少于1次。'].join('\n\n'), '值守通知.txt');
    expect(of(extractFacts(doc), 'frequency').map((f) => f.value)).toEqual(['每月10日前', '每日16时前', '每2小时不少于1次']);
  });

  it('reads each item of a 判定 list with its label and lead-in, and the catch-all apart', () => {
    expect(of(criteriaFacts, 'criterion').map((f) => [f.label, f.value, f.catchAll ?? false])).toEqual([
      ['第四条第（一）项', '仓库内设置员工宿舍、休息室的', false],
      ['第四条第（二）项', '储罐紧急切断装置长期处于旁路状态的', false],
      ['第四条第（三）项', '同一作业区域内作业人员超过12人的', false],
      ['第五条', expect.stringContaining('可以判定为重大事故隐患'), true],
    ]);
    expect(of(criteriaFacts, 'criterion')[0]!.subject).toBe('仓储企业有下列情形之一的，应当判定为重大事故隐患：');
  });

  it('reads scope: items of an 适用于 list, of a 不适用 list, 参照执行 and the 本数 rule', () => {
    const scope = of(criteriaFacts, 'scope').map((f) => [f.scope, f.value]);
    expect(scope).toContainEqual(['applies', '仓库总建筑面积800平方米以上的仓储企业']);
    expect(scope).toContainEqual(['excludes', '城镇燃气经营企业和加油加气站']);
    expect(scope).toContainEqual(['refers', '前款规定规模以下的企业，参照本细则执行。']);
    expect(scope).toContainEqual(['defines', '第八条 本细则所称“以上”包括本数，“以下”不包括本数。']);
  });

  it('reads thresholds with number, unit and comparator, and durations as deadlines', () => {
    const t = of(criteriaFacts, 'threshold').map((f) => [f.value, f.number, f.unit, f.comparator ?? '']);
    expect(t).toEqual(expect.arrayContaining([
      ['800平方米以上', 800, '平方米', '以上'],
      ['600立方米以上', 600, '立方米', '以上'],
      ['超过12人', 12, '人', '超过'],
      ['3名以上', 3, '名', '以上'],
      ['不超过60日', 60, '日', '不超过'],
    ]));
    expect(of(criteriaFacts, 'deadline').map((f) => f.value)).toEqual(expect.arrayContaining(['2个工作日内', '2026年3月1日起施行']));
    expect(of(criteriaFacts, 'frequency').map((f) => f.value)).toEqual(['每季度至少一次', '每月至少一次']);
  });

  it('reads 是否… check items under their headings, stages, weekly report times and contacts', () => {
    expect(of(noticeFacts, 'check').map((f) => [f.subject, f.value])).toEqual([
      ['储罐区', '是否设置液位监测仪表，是否设置高液位报警'],
      ['储罐区', '防火堤是否完好无破损'],
      ['仓库', '是否分区分类储存，是否存在禁忌物料混存的情况'],
    ]);
    expect(of(noticeFacts, 'deadline').map((f) => f.value)).toEqual(expect.arrayContaining(['2026年4月1日至5月10日', '于2026年5月10日前']));
    expect(of(noticeFacts, 'frequency').map((f) => f.value)).toContain('每周三16时前');
    const [contact] = of(noticeFacts, 'contact');
    expect(contact).toMatchObject({ org: '市应急管理局仓储监管科', person: '陈一禾', phone: '0000-1234567' });
  });

  it('takes no day of a date, no ordinal and no year for a quantity', () => {
    const values = [...of(criteriaFacts, 'threshold'), ...of(noticeFacts, 'threshold')].map((f) => f.value);
    expect(values.some((v) => /^\d+日$/u.test(v) || /年$/u.test(v))).toBe(false);
  });
});
