import { describe, expect, it } from 'vitest';
import { dutiesAt, notice, parseText } from './__fixtures__/notices.js';
import { defaultSourceOf, extractDuties } from './extract-duties.js';
import { loadLexicon } from '../lexicon/lexicon.js';

const lexicon = loadLexicon();

const n003 = notice('003');
const n004 = notice('004');
const d003 = extractDuties(n003, lexicon.aliases);
const d004 = extractDuties(n004, lexicon.aliases);

describe('004: （责任处室：…） parentheticals', () => {
  it('records every listed office as lead, in document order, and says they are not told apart', () => {
    const [d, ...rest] = dutiesAt(n004, d004, '执行国家出台的中心城区安全生产禁止和限制类产业目录');
    expect(rest).toEqual([]);
    expect(d).toMatchObject({
      id: '004_030a31d8aad843b8#1.2.1/d1',
      docId: '004_030a31d8aad843b8',
      lead: ['技术与改造投资处', '节能与综合利用处'],
      cooperate: [],
      undifferentiated: true,
      how: 'explicit',
      quote: '（责任处室：技术与改造投资处、节能与综合利用处）',
    });
    expect(d?.deadline).toBeUndefined();
  });

  it('a single office is lead and not flagged', () => {
    const [d] = dutiesAt(n004, d004, '科学规划和布局经济技术开发区、工业园区');
    expect(d).toMatchObject({ lead: ['工业园区处'], cooperate: [], how: 'explicit' });
    expect(d?.undifferentiated).toBeUndefined();
  });

  it('reads 到2019年12月底 as a deadline dated 2019-12', () => {
    const [d] = dutiesAt(n004, d004, '完善高危行业企业退城入园、搬迁改造和退出转产扶持奖励政策');
    expect(d?.deadline).toEqual({ text: '到2019年12月底', date: '2019-12' });
    expect(d?.lead).toEqual(['化工处', '节能与综合利用处']);
  });

  it('keeps 定期 without inventing an interval, and 逐年 as yearly', () => {
    expect(dutiesAt(n004, d004, '积极配合相关部门建立城市安全风险信息管理平台')[0]?.frequency).toEqual({ text: '定期' });
    expect(dutiesAt(n004, d004, '逐年淘汰炼钢、炼铁、焦炭、铁合金、电石')[0]?.frequency).toEqual({ text: '逐年', per: 'year' });
  });

  it('reads units heading sentences when an item has no parenthetical', () => {
    const [d] = dutiesAt(n004, d004, '厅安全生产委员会对自治区城市安全发展工作');
    expect(d).toMatchObject({ lead: ['厅安全生产委员会', '厅安委会办公室'], how: 'sentence' });
    expect(n004.text.includes(d!.quote)).toBe(true);
  });

  it('a heading with items below it and the preamble carry no duty', () => {
    expect(d004.filter((d) => d.clauseId === '004_030a31d8aad843b8#1.1')).toEqual([]);
    expect(d004.filter((d) => d.clauseId.includes('#0.'))).toEqual([]);
  });
});

describe('003: the default 以下均需…负责，不再列出', () => {
  const NINE = ['市发改委', '工信局', '生态环境局', '住建局', '交通运输局', '农业农村局', '商务局', '应急局', '市场监管局'];

  it('二(一)1 states the lead and its cooperators verbatim', () => {
    const [d] = dutiesAt(n003, d003, '1.健全安全生产监管机制');
    expect(d).toMatchObject({ lead: ['市产业集聚区管委会', '红山街道办'], cooperate: NINE, how: 'explicit' });
    expect(defaultSourceOf(d!)).toBeUndefined();
  });

  it('二(一)2 inherits the lead and keeps its own ten cooperators', () => {
    const [d] = dutiesAt(n003, d003, '2.实施产业区安全生产一体化管理');
    expect(d).toMatchObject({
      lead: ['市产业集聚区管委会', '红山街道办'],
      cooperate: [...NINE, '城市管理局'],
      how: 'inherited',
      inheritedFrom: '003_f7d37758b1e40b09#2.1.1',
      quote: '（市发改委、工信局、生态环境局、住建局、交通运输局、农业农村局、商务局、应急局、市场监管局、城市管理局按职责分工配合）',
    });
    expect(defaultSourceOf(d!)).toBe('003_f7d37758b1e40b09#2.1.1');
  });

  it('二(四)1 cooperators open with 市工信局 and have no 发改委', () => {
    const [d] = dutiesAt(n003, d003, '1.加快安全监管信息化建设');
    expect(d?.cooperate).toEqual(['市工信局', '生态环境局', '住建局', '交通运输局', '商务局', '应急局', '城市管理局']);
    expect(d?.how).toBe('inherited');
  });

  it('every later item of 二、 inherits; the default ends with its section', () => {
    const inherited = d003.filter((d) => d.how === 'inherited').map((d) => d.clauseId.replace(/^.*#/u, ''));
    expect(inherited).toEqual(['2.1.2', '2.1.3', '2.2.1', '2.2.2', '2.2.3', '2.2.4', '2.3.1', '2.3.2', '2.3.3', '2.3.4', '2.4.1', '2.4.2']);
    expect(dutiesAt(n003, d003, '（三）集中攻坚(2021年)')[0]).toMatchObject({ lead: [], cooperate: [], deadline: { text: '2021年', date: '2021' } });
  });

  it('reads a phase and a 前 deadline of the same clause together', () => {
    const [d] = dutiesAt(n003, d003, '（二）排查整治(2020年7月至12月)');
    expect(d?.deadline).toEqual({ text: '2020年7月至12月；2020年12月底前', date: '2020-12' });
    expect(d?.lead).toEqual(['产业区']);
  });

  it('an inherited item keeps its own frequency: 每5年至少一次, 每年2次以上 before 定期', () => {
    expect(dutiesAt(n003, d003, '1.深化产业区安全风险评估')[0]?.frequency).toEqual({ text: '每5年至少一次', per: 'years', every: 5, times: 1, atLeast: true });
    expect(dutiesAt(n003, d003, '2.强化应急处置保障能力建设')[0]?.frequency).toEqual({ text: '每年2次以上', per: 'year', times: 2, atLeast: true });
  });
});

describe('sentences, asides and tables', () => {
  it('区工信局每月组织开展“全覆盖”安全生产检查: lead 区工信局, monthly', () => {
    const doc = parseText('某区安全生产工作方案\n\n一、工作措施\n\n区工信局每月组织开展“全覆盖”安全生产检查。');
    const [d, ...rest] = extractDuties(doc, lexicon.aliases);
    expect(rest).toEqual([]);
    expect(d).toMatchObject({ lead: ['区工信局'], frequency: { text: '每月', per: 'month' }, how: 'sentence', quote: '区工信局每月组织开展“全覆盖”安全生产检查' });
  });

  it('an industry label binds its rows: 民爆行业 → 民爆', () => {
    const n002 = notice('002');
    const rows = dutiesAt(n002, extractDuties(n002, lexicon.aliases), '区工信局每月组织开展“全覆盖”安全生产检查');
    expect(rows.map((d) => [d.lead, d.frequency?.text, d.targets])).toEqual([
      [['区工信局'], '每月', ['民爆']],
      [['区工信局'], '每年至少一次', ['民爆']],
    ]);
  });

  it('每年至少组织开展1次疏散逃生演练（其中，民爆生产销售企业每半年至少组织1次） gives two facts', () => {
    const n002 = notice('002');
    const rows = dutiesAt(n002, extractDuties(n002, lexicon.aliases), '每年至少组织开展1次疏散逃生演练');
    expect(rows.map((d) => [d.frequency, d.targets])).toEqual([
      [{ text: '每年至少1次', per: 'year', times: 1, atLeast: true }, ['企业']],
      [{ text: '每半年至少1次', per: 'half-year', times: 1, atLeast: true }, ['民爆生产销售企业']],
    ]);
    expect(rows[1]?.quote).toBe('其中，民爆生产销售企业每半年至少组织1次');
  });

  it('reads Word table rows, also when cleaning ran them into one paragraph', () => {
    const text = [
      '某区工信局安全生产检查实施方案',
      '为做好安全生产工作，制定本方案。',
      '一、重点任务',
      '（一）排查整治。全面排查隐患。（区应急局负责，以下均由区应急局负责）',
      '（二）专项检查',
      '【表格】序号｜重点任务｜牵头单位｜配合单位｜完成时限',
      '序号：1；重点任务：开展全覆盖检查；牵头单位：区工信局；配合单位：各镇街；完成时限：2024年12月底',
      '序号：2；重点任务：组织联合督导检查；牵头单位：各区工信局；配合单位：区交通运输局、区应急局；完成时限：每季度',
      '二、保障措施',
    ].join('\n\n');
    const doc = parseText(text, '方案.docx', 'docx');
    const all = extractDuties(doc, lexicon.aliases);
    const rows = all.filter((d) => d.how === 'table');
    // the heading over the table does not take the default of （一）; each row is a clause naming its own units
    expect(all.map((d) => `${d.clauseId.replace(/^.*#/u, '')} ${d.how}`)).toEqual(['1.1 explicit', '1.2.r1 table', '1.2.r2 table']);
    expect(rows.map((d) => ({ task: d.task, lead: d.lead, cooperate: d.cooperate, deadline: d.deadline, frequency: d.frequency }))).toEqual([
      { task: '开展全覆盖检查', lead: ['区工信局'], cooperate: ['各镇街'], deadline: { text: '2024年12月底', date: '2024-12' }, frequency: undefined },
      // a 完成时限 cell that states a frequency is the row's time limit as written, and its frequency
      { task: '组织联合督导检查', lead: ['各区工信局'], cooperate: ['区交通运输局', '区应急局'], deadline: { text: '每季度' }, frequency: { text: '每季度', per: 'quarter' } },
    ]);
    for (const d of rows) expect(doc.text.includes(d.quote)).toBe(true);
  });

  it('第二项（…）改由县应急管理局牵头: the unit is the one after 改由, not the item before it', () => {
    const doc = parseText('某县专项整治通知\n\n一、对会议纪要有关事项的调整\n\n（一）纪要议定事项第二项（尾矿库汛前检查）改由县应急管理局牵头，县水利局配合，完成时限不变。');
    expect(extractDuties(doc, lexicon.aliases).map((d) => [d.lead, d.cooperate])).toEqual([[['县应急管理局'], ['县水利局']]]);
  });

  it('a table with no task column (类别｜企业范围｜检查频次｜牵头科室) assigns what its other cells describe', () => {
    const text = [
      '某市危险化学品安全生产监督检查计划',
      '二、检查对象分类和频次',
      '【表格】类别｜企业范围｜检查频次｜牵头科室',
      '类别：B类；企业范围：带储存设施的危险化学品经营企业；检查频次：每年不少于2次；牵头科室：危险化学品安全监督管理科',
      '类别：C类；企业范围：不带储存设施的危险化学品经营企业；检查频次：每年不少于1次；牵头科室：工贸行业安全监督管理科',
    ].join('\n\n');
    const rows = extractDuties(parseText(text, '计划.md'), lexicon.aliases).filter((d) => d.how === 'table');
    expect(rows.map((d) => [d.task, d.lead])).toEqual([
      ['B类；带储存设施的危险化学品经营企业', ['危险化学品安全监督管理科']],
      ['C类；不带储存设施的危险化学品经营企业', ['工贸行业安全监督管理科']],
    ]);
  });

  it('（牵头单位：…；配合单位：…） sets lead and cooperate; a later item names its own lead over a default', () => {
    const text = [
      '某市安全生产专项整治方案',
      '一、主要任务',
      '1.开展排查。全面排查隐患。（市工信局、市应急局负责，以下均由市工信局负责，不再列出）',
      '2.强化执法。依法查处违法行为。（牵头单位：市应急局；配合单位：市公安局、市消防救援支队）',
      '3.加强培训。组织企业培训。（市人社局配合）',
    ].join('\n\n');
    const rows = extractDuties(parseText(text), lexicon.aliases);
    expect(rows.map((d) => [d.lead, d.cooperate, d.how])).toEqual([
      [['市工信局', '市应急局'], [], 'explicit'],
      [['市应急局'], ['市公安局', '市消防救援支队'], 'explicit'],
      [['市工信局'], ['市人社局'], 'inherited'],
    ]);
  });

  it('reads units written outside brackets: 由X牵头，Y配合 sentences, field lines, and field lines on lines of their own', () => {
    const text = [
      '某市安全生产专项整治方案',
      '一、重点任务',
      '（一）开展排查。由市应急局牵头，市工信局、市公安局配合，2024年底前完成。',
      '（二）强化执法。依法查处违法行为。责任单位：市市场监管局；配合单位：市应急局。',
      '（三）加强培训。组织企业培训。',
      '牵头单位：市人社局',
      '配合单位：市应急局、市工信局',
      '完成时限：2024年12月31日前',
    ].join('\n\n');
    const doc = parseText(text);
    const rows = extractDuties(doc, lexicon.aliases);
    expect(rows.map((d) => [d.clauseId.replace(/^.*#/u, ''), d.lead, d.cooperate, d.deadline?.text, d.how])).toEqual([
      ['1.1', ['市应急局'], ['市工信局', '市公安局'], '2024年底前', 'explicit'],
      ['1.2', ['市市场监管局'], ['市应急局'], undefined, 'explicit'],
      ['1.3', ['市人社局'], ['市应急局', '市工信局'], '2024年12月31日前', 'explicit'],
    ]);
    expect(rows[0]!.quote).toBe('由市应急局牵头，市工信局、市公安局配合');
    for (const d of rows) expect(doc.clauses.find((c) => c.id === d.clauseId)!.text).toContain(d.quote);
  });
});

