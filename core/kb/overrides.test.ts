import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Assistant } from '../assistant.js';
import type { KnowledgeBase } from './knowledge-base.js';
import { assistantFor, assistantOver, type TestAssistant } from '../__fixtures__/assistant-over.js';

// Fictional: a task plan, a 细则, and a notice that changes two items, replaces an article and confirms one.
const PLAN = [
  '青川市2026年仓储安全重点任务分工方案',
  '一、重点任务',
  '1.开展储罐区专项督导，每半年开展一次，由仓储监管科牵头。',
  '2.推进监测数据接入，由风险监测科牵头，每日在线巡查。',
  '3.开展特殊作业执法抽查，每月开展一次，由执法大队牵头。',
].join('\n\n');
const RULES = ['青川市仓储企业判定细则', '第一条 为判定仓储企业重大事故隐患，制定本细则。', '第二条 本细则适用于仓库总建筑面积800平方米以上的仓储企业。', '第三条 本细则自2026年1月1日起施行。'].join('\n\n');
const NOTICE = [
  '青川市应急管理局关于调整重点任务分工有关事项的通知',
  '今年1月，我局印发了《青川市2026年仓储安全重点任务分工方案》（以下简称《分工方案》）和《青川市仓储企业判定细则》（以下简称《细则》）。现调整如下：',
  '一、自2026年7月1日起，《分工方案》第1项储罐区专项督导调整为每季度开展一次。',
  '二、自本通知印发之日起，《分工方案》第2项监测数据接入任务改由信息科牵头，工作频次不变。',
  '三、《细则》第二条修改为：本细则适用于仓库总建筑面积500平方米以上的仓储企业。修改后的第二条自2026年7月1日起施行。',
  '四、《分工方案》第3项特殊作业执法抽查仍按每月执行。',
  '2026年6月16日',
].join('\n\n');

let over: TestAssistant;
let kb: KnowledgeBase;
let assistant: Assistant;

beforeAll(async () => {
  over = await assistantOver({ '分工方案.txt': PLAN, '细则.txt': RULES, '调整通知.txt': NOTICE }, new Date('2026-11-30T00:00:00Z'));
  assistant = over.assistant;
  kb = assistant.kb;
});
afterAll(() => over.close());

describe('findOverrides', () => {
  it('reads which item of which document each sentence changes, how, what of it and from when', () => {
    const clauseText = (id: string | undefined) => kb.clauses.find((c) => c.id === id)?.text.slice(0, 12);
    expect(kb.overrides.map((o) => [o.target, o.action, o.field, o.effective, clauseText(o.targetClauseId)])).toEqual([
      ['《分工方案》第1项', 'adjust', 'frequency', '2026-07-01', '1.开展储罐区专项督导，'],
      ['《分工方案》第2项', 'adjust', 'lead', undefined, '2.推进监测数据接入，由'],
      ['《细则》第二条', 'adjust', 'whole', '2026-07-01', '第二条 本细则适用于仓库'],
      ['《分工方案》第3项', 'unchanged', 'frequency', undefined, '3.开展特殊作业执法抽查'],
    ]);
  });
});

describe('answers give the rule in force', () => {
  it('quotes the changed frequency, never the old one, today', async () => {
    const a = await assistant.ask({ question: '储罐区专项督导现在多久开展一次？' });
    expect(a.answer).toContain('每季度');
    expect(a.answer).not.toContain('每半年');
  });

  it('gives the old rule on a date before the change took effect', async () => {
    const a = await assistant.ask({ question: '储罐区专项督导多久开展一次？', asOf: '2026-03-01' });
    expect(a.answer).toContain('每半年');
    expect(a.answer).not.toContain('每季度');
  });

  it('names the new lead, and keeps the old row for what did not change', async () => {
    const lead = await assistant.ask({ question: '监测数据接入任务现在由哪个科牵头？' });
    expect(lead.answer).toContain('信息科');
    expect(lead.answer).not.toContain('风险监测科');
    const often = await assistant.ask({ question: '监测数据接入任务多久巡查一次？' });
    expect(often.answer).toContain('每日');
  });

  it('keeps a document out of force before the day it takes effect: the 细则 did not apply in 2025', () => {
    const article = kb.clauses.find((c) => c.path.at(-1) === '第一条' && c.text.includes('判定仓储企业'))!;
    expect(over.assistant.inForce('2025-06-01').changes.get(article.id)).toEqual({ status: '尚未生效', effective: '2026-01-01' });
    expect(over.assistant.inForce('2026-03-01').excluded.has(article.id)).toBe(false);
  });

  it('answers with the replaced article, not the old threshold', async () => {
    const a = await assistant.ask({ question: '仓库面积多大的仓储企业适用判定细则？' });
    expect(a.answer).toContain('500平方米');
    expect(a.answer).not.toContain('800平方米');
  });
});

describe('a decision that amends the articles of a named regulation', () => {
  const MEASURES = ['青川市有限空间作业安全管理办法', '第一条 为加强有限空间作业安全管理，制定本办法。', '第五条 企业应当每年至少组织一次有限空间作业专项应急演练。', '第九条 本办法自2021年7月1日起施行。'].join('\n\n');
  // It names other documents too (the law it follows, a repealed 规定), so the items take their target from the heading.
  const DECISION = [
    '青川市人民政府关于修改和废止部分市政府规章的决定',
    '（2026年1月8日青川市人民政府第十次常务会议通过　2026年1月15日青川市人民政府令第35号公布）',
    '根据《中华人民共和国安全生产法》，市人民政府对现行有效的规章进行了清理，决定：',
    '一、对《青川市有限空间作业安全管理办法》（2021年5月10日市人民政府令第18号公布）作如下修改：',
    '第五条修改为：“企业应当每半年至少组织一次有限空间作业专项应急演练。”',
    '二、废止《青川市烟花爆竹安全管理规定》。',
    '三、本决定自2026年3月1日起施行。',
  ].join('\n\n');
  let amended: TestAssistant;
  beforeAll(async () => {
    const law = ['中华人民共和国安全生产法', '第一条 为了加强安全生产工作，制定本法。', '第二条 在中华人民共和国领域内从事生产经营活动的单位的安全生产，适用本法。'].join('\n\n');
    amended = await assistantOver({ '办法.txt': MEASURES, '决定.txt': DECISION, '安全生产法.txt': law }, new Date('2026-11-30T00:00:00Z'));
  });
  afterAll(() => amended.close());

  it('reads each 第N条修改为 under the heading as a change of that regulation, from the day the decision takes effect', () => {
    expect(amended.assistant.kb.overrides.map((o) => [o.target, o.action, o.field, o.effective])).toEqual([['《青川市有限空间作业安全管理办法》第五条', 'adjust', 'whole', '2026-03-01']]);
  });

  it('answers with the amended article, not the old frequency', async () => {
    const a = await amended.assistant.ask({ question: '有限空间专项应急演练多久搞一次？' });
    expect(a.answer).toContain('每半年');
    expect(a.answer).not.toContain('每年至少组织一次');
  });
});

describe('a decision that changes a paragraph, a table row and deletes an article', () => {
  // Fictional. The 规章 has a second 款 and a table inside its articles; the 决定 is a Markdown 政府令 whose cover
  // and text are parted by a --- rule.
  const MEASURES = [
    '# 青川市餐饮场所燃气安全管理办法',
    '第一条 为了加强餐饮场所燃气安全管理，制定本办法。',
    '第六条 餐饮经营者应当每日营业前检查燃气阀门和连接软管。',
    '可燃气体报警装置应当每半年至少检测一次，检测记录保存不少于一年。',
    '第九条 区商务主管部门每年至少组织一次餐饮从业人员燃气安全培训。',
    '新上岗的燃气设施操作人员岗前燃气安全培训不少于六学时。',
    '第十条 有关部门对餐饮场所的燃气安全检查，按照下表规定的频次开展：',
    ['| 检查主体 | 检查对象 | 检查频次 |', '| --- | --- | --- |', '| 街道办事处 | 辖区内全部餐饮场所 | 每月至少巡查一次 |', '| 区城市管理部门 | 大型餐饮场所 | 每半年至少检查一次 |'].join('\n'),
    '第十四条 餐饮经营者应当于每月5日前报送上月燃气安全自查表。',
    '第十七条 本办法自2023年7月1日起施行。',
  ].join('\n\n');
  const DECISION = [
    '# 青川市人民政府令',
    '《青川市人民政府关于修改部分市政府规章的决定》已经市人民政府常务会议通过，现予公布，自2026年3月1日起施行。',
    '2026年1月20日',
    '---',
    '## 青川市人民政府关于修改部分市政府规章的决定',
    '### 一、对《青川市餐饮场所燃气安全管理办法》作如下修改',
    '（一）第六条第二款修改为：“可燃气体报警装置应当每季度至少检测一次，检测记录保存不少于二年。”',
    '（二）第十条表格中街道办事处对辖区内全部餐饮场所的检查频次修改为：“每半月至少巡查一次”。',
    '（三）删去第十四条。',
    '（四）第九条第一款修改为：“区城市管理部门每年至少组织一次餐饮从业人员燃气安全培训。”',
  ].join('\n\n');
  const decided = assistantFor({ '办法.md': MEASURES, '决定.md': DECISION }, new Date('2026-11-30T00:00:00Z'));
  const textOf = (id: string | undefined) => decided().kb.clauses.find((c) => c.id === id)?.text.slice(0, 14);

  it('takes the title after the rule, and reads which paragraph, row or article each item changes', () => {
    expect(decided().kb.documents.map((d) => d.title)).toContain('青川市人民政府关于修改部分市政府规章的决定');
    expect(decided().kb.overrides.map((o) => [o.target, o.action, textOf(o.targetClauseId)])).toEqual([
      ['《青川市餐饮场所燃气安全管理办法》第六条第二款', 'adjust', '可燃气体报警装置应当每半年至'],
      ['《青川市餐饮场所燃气安全管理办法》第十条', 'adjust', '检查主体：街道办事处；检查对'],
      ['《青川市餐饮场所燃气安全管理办法》第十四条', 'repeal', '第十四条 餐饮经营者应当于每'],
      ['《青川市餐饮场所燃气安全管理办法》第九条第一款', 'adjust', '第九条 区商务主管部门每年至'],
    ]);
  });

  it('quotes the changed paragraph as it reads now, never the old one, and keeps the article’s first paragraph', async () => {
    const a = await decided().ask({ question: '报警装置现在多久检测一次？检测记录留几年？' });
    expect(a.answer).toContain('每季度至少检测一次');
    expect(a.answer).not.toContain('每半年至少检测一次');
    const daily = await decided().ask({ question: '餐馆每天营业前要检查什么？' });
    expect(daily.answer).toContain('每日营业前检查燃气阀门和连接软管');
  });

  it('keeps an article’s later 款 in force when only its first 款 changed', async () => {
    const hours = await decided().ask({ question: '新上岗的燃气设施操作人员岗前燃气安全培训要几个学时？' });
    expect(hours.supported).toBe(true);
    expect(hours.answer).toContain('六学时');
    const who = await decided().ask({ question: '餐饮从业人员燃气安全培训现在由哪个部门组织？' });
    expect(who.answer).toContain('区城市管理部门');
    expect(who.answer).not.toContain('区商务主管部门每年至少组织');
  });

  it('does not quote the deleted article as a rule in force, and quotes what deleted it', async () => {
    const a = await decided().ask({ question: '餐馆每个月还要报燃气安全自查表吗？' });
    expect(a.answer).not.toContain('每月5日前报送');
    expect(a.answer).toContain('删去第十四条');
  });
});

describe('an article that says 停止执行 about its own matter', () => {
  // Fictional texts. The 条例 names one other document (the law it follows); its own 第二十五条 is no change to the law's.
  const LAW = ['中华人民共和国安全生产法', '第一条 为了加强安全生产工作，制定本法。', '第二十五条　生产经营单位的安全生产管理机构以及安全生产管理人员履行下列职责。'].join('\n\n');
  const REGULATION = ['生产安全事故应急条例', '第一条　根据《中华人民共和国安全生产法》，制定本条例。', '第二十五条　生产安全事故的威胁和危害得到控制或者消除后，有关人民政府应当决定停止执行依照本条例采取的应急处置措施。'].join('\n\n');
  const both = assistantFor({ '安全生产法.txt': LAW, '应急条例.txt': REGULATION });

  it('reads the article’s own label as no reference to the law’s article', () => {
    expect(both().kb.overrides).toEqual([]);
  });
});

describe('a table row changed in part', () => {
  const TABLE_PLAN = [
    '# 青川市2026年港口安全重点任务分工方案',
    '## 一、任务分工',
    '| 序号 | 工作任务 | 牵头单位 | 配合单位 | 完成时限 |',
    '| --- | --- | --- | --- | --- |',
    '| 1 | 港口安全监管信息平台建设 | 市工业和信息化局 | 市港口管理局、青川海事局 | 2026年1月31日前 |',
    '| 2 | 老旧输送管道排查和更新改造 | 市港口管理局 | 市市场监管局 | 2026年3月31日前 |',
  ].join('\n');
  const CHANGE = [
    '青川市安全生产委员会办公室关于调整港口安全重点任务分工的补充通知',
    '现对《青川市2026年港口安全重点任务分工方案》（以下简称《方案》）调整如下：',
    '一、《方案》第1项“港口安全监管信息平台建设”，牵头单位调整为市大数据局，配合单位和完成时限不变。',
    '二、《方案》第2项“老旧输送管道排查和更新改造”，完成时限调整为2026年5月15日前，牵头单位和配合单位不变。',
    '2025年9月18日',
  ].join('\n\n');
  const ports = assistantFor({ '分工方案.md': TABLE_PLAN, '补充通知.txt': CHANGE }, new Date('2026-11-30T00:00:00Z'));

  it('reads the field a change names, not the fields it says stay the same', () => {
    expect(ports().kb.overrides.map((o) => [o.target, o.field])).toEqual([
      ['《方案》第1项', 'lead'],
      ['《方案》第2项', 'deadline'],
    ]);
  });

  it('gives the row as it stands: the new lead from the notice, cooperators and deadline from the row, never the old lead', async () => {
    const a = await ports().ask({ question: '港口安全监管信息平台建设现在是哪个部门牵头？配合单位和时限呢？' });
    expect(a.answer).toMatch(/负责（牵头）：市大数据局\[\d\]（已调整）/u);
    expect(a.answer).toMatch(/配合单位：市港口管理局、青川海事局\[\d\]/u);
    expect(a.answer).toMatch(/完成时限：2026年1月31日前\[\d\]/u);
    expect(a.answer).not.toContain('市工业和信息化局');
  });

  it('asked who leads after a deadline change, gives the lead and the new deadline, not the old one', async () => {
    const a = await ports().ask({ question: '管道排查改造改了时间，那牵头单位是不是也跟着换了？' });
    expect(a.answer).toMatch(/负责（牵头）：市港口管理局\[\d\]/u);
    expect(a.answer).toMatch(/完成时限：2026年5月15日前\[\d\]（已调整）/u);
    expect(a.answer).not.toContain('2026年3月31日');
  });
});

describe('a prose item with a duty parenthesis, changed in part', () => {
  const PLAN = [
    '青川市道路运输企业双重预防机制建设工作方案',
    '一、主要任务',
    '1．强化车辆动态监控。危险货物运输车辆全部安装智能视频监控报警装置。（牵头单位：市交通运输局；配合单位：市公安局交警支队；完成时限：2026年6月30日前）',
    '2．开展隐患排查。运输企业每月至少开展1次全面隐患排查。（牵头单位：市交通运输局；完成时限：2026年12月31日前）',
  ].join('\n\n');
  const CHANGE = [
    '青川市安全生产委员会办公室关于调整双重预防机制建设部分任务的通知',
    '现对《青川市道路运输企业双重预防机制建设工作方案》（以下简称《方案》）调整如下：',
    '一、《方案》第1项“强化车辆动态监控”的完成时限调整为2026年9月30日前，牵头单位和配合单位不变。',
    '2026年5月20日',
  ].join('\n\n');
  const roads = assistantFor({ '方案.txt': PLAN, '调整通知.txt': CHANGE }, new Date('2026-11-30T00:00:00Z'));

  it('asked who leads, gives the lead and cooperators from the item and the new deadline, never the old one', async () => {
    const a = await roads().ask({ question: '车辆装智能视频监控那个任务谁牵头？交警支队是牵头还是配合？' });
    expect(a.answer).toMatch(/负责（牵头）：市交通运输局\[\d\]/u);
    expect(a.answer).toMatch(/配合单位：市公安局交警支队\[\d\]/u);
    expect(a.answer).toMatch(/完成时限：2026年9月30日前\[\d\]（已调整）/u);
    expect(a.answer).not.toContain('2026年6月30日');
  });

  it('asked 变没变 about the change, gives the item as it stands and the sentence that changed it', async () => {
    const a = await roads().ask({
      question: '后来不是出了个调整通知吗？这个时间变了没？牵头单位变没变？',
      history: [
        { role: 'user', content: '危货车装智能视频监控啥时候要装完？' },
        { role: 'assistant', content: '完成时限：2026年6月30日前。' },
      ],
    });
    expect(a.answer).toContain('2026年9月30日前');
    expect(a.answer).toContain('牵头单位和配合单位不变');
    expect(a.answer).not.toContain('2026年6月30日');
  });
});

describe('a duty a later national law moved to another authority', () => {
  // Fictional city regulation of 2013 beside a national law text revised in 2019 (the reassignment is lexicon data).
  const LAW = [
    '# 中华人民共和国消防法',
    '2008年10月28日第十一届全国人民代表大会常务委员会第五次会议修订',
    '2019年4月23日第十三届全国人民代表大会常务委员会第十次会议《关于修改〈中华人民共和国建筑法〉等八部法律的决定》修正',
    '<!-- INFO END -->',
    '第一条 为了预防火灾和减少火灾危害，制定本法。',
    '第十三条 国务院住房和城乡建设主管部门规定应当申请消防验收的建设工程竣工，建设单位应当向住房和城乡建设主管部门申请消防验收。',
  ].join('\n\n');
  const CITY = [
    '# 青川市消防条例',
    '2013年9月26日青川市第十四届人民代表大会常务委员会第五次会议通过',
    '<!-- INFO END -->',
    '第一条 为了预防火灾，制定本条例。',
    '第二十四条 依法经审核合格的建设工程竣工后，建设单位应当向公安机关消防机构申请消防验收。',
  ].join('\n\n');
  const moved = assistantFor({ '消防法.md': LAW, '青川市消防条例.md': CITY }, new Date('2026-11-30T00:00:00Z'));

  it('reads the local clause as yielding to the law from the law’s date', () => {
    expect(moved().kb.overrides.map((o) => [o.target, o.action, o.effective])).toEqual([['《青川市消防条例》第二十四条', 'adjust', '2019-04-23']]);
  });

  it('answers with the authority the law names now, and with the local rule for a date before it', async () => {
    const now = await moved().ask({ question: '青川市的工程竣工了，现在向哪个部门申请消防验收？' });
    expect(now.answer).toContain('住房和城乡建设主管部门');
    expect(now.answer).not.toContain('向公安机关消防机构申请消防验收');
    const then = await moved().ask({ question: '青川市的工程竣工了，向哪个部门申请消防验收？', asOf: '2016-06-01' });
    expect(then.answer).toContain('公安机关消防机构');
  });
});

describe('a notice that adjusts the 议定事项 of meeting minutes it names by kind only', () => {
  const MINUTES = [
    '苍梧县安全生产委员会2026年第一次全体会议纪要',
    '一、全面开展尾矿库隐患排查。各乡镇负责辖区排查，3月底前完成。',
    '二、做好尾矿库汛前检查。由县水利局牵头，县应急管理局配合，5月底前完成全县尾矿库排洪设施汛前检查。',
  ].join('\n\n');
  const NOTICE_OF_ADJUSTMENT = [
    '苍梧县安全生产委员会关于开展尾矿库安全专项整治的通知',
    '一、安全监测按照《尾矿库安全监测技术规范》执行。',
    '二、对县安委会2026年第一次全体会议纪要有关事项的调整',
    '（一）纪要议定事项第二项（尾矿库汛前检查）改由县应急管理局牵头，县水利局配合，完成时限不变。',
    '本通知自2026年4月15日起施行。',
  ].join('\n\n');
  const adjusted = assistantFor({ '会议纪要.txt': MINUTES, '专项整治通知.txt': NOTICE_OF_ADJUSTMENT }, new Date('2026-11-30T00:00:00Z'));

  it('changes the 纪要’s second item, not the standard the notice also names, and its lead is the unit after 改由', async () => {
    const a = await adjusted().ask({ question: '尾矿库汛前检查现在是哪个局牵头？' });
    expect(a.answer.split('\n').slice(0, 2).join('\n')).toContain('负责（牵头）：县应急管理局');
    expect(a.answer).not.toContain('由县水利局牵头');
  });
});

describe('a district’s notice that adjusts its city’s 方案 inside the district only', () => {
  // Fictional: a city 方案 for two districts, and one district's notice (two offices on its masthead) changing it there.
  const PLAN = [
    '青川市人民政府办公室关于印发《青川市尘肺病防治专项治理实施方案》的通知',
    '东坪区、西岭区人民政府：',
    '一、任务分工',
    '1．粉尘浓度定期检测情况核查。（牵头单位：市卫生健康委；完成时限：2026年12月31日前）',
    '2．防尘口罩配备和佩戴情况检查。（牵头单位：市卫生健康委；配合单位：市应急管理局；完成时限：2026年10月31日前）',
    '二、监督检查',
    '（一）区卫生健康局对涉尘企业每季度至少监督检查一次。',
    '（二）市卫生健康委每半年至少组织一次抽查。',
  ].join('\n\n');
  const NOTICE = [
    '青川市东坪区卫生健康局',
    '青川市东坪区应急管理局',
    '关于在东坪区调整执行《青川市尘肺病防治专项治理实施方案》有关事项的通知',
    '现就《青川市尘肺病防治专项治理实施方案》（以下简称《方案》）在本区范围内的执行事项调整如下。',
    '一、《方案》第2项（防尘口罩配备和佩戴情况检查），在本区范围内由区应急管理局牵头，区卫生健康局配合，完成时限不变。',
    '二、《方案》第二部分第（一）项规定的监督检查，在本区范围内由区卫生健康局对涉尘企业每两个月至少监督检查一次。',
    '本通知自2026年5月1日起施行，适用于东坪区行政区域。',
  ].join('\n\n');
  const city = assistantFor({ '方案.txt': PLAN, '东坪区通知.txt': NOTICE }, new Date('2026-11-30T00:00:00Z'));

  it('reads the notice as the district’s, and each change — by 第2项 or by 第二部分第（一）项 — as holding there only', () => {
    expect(city().kb.documents.find((d) => d.file === '东坪区通知.txt')?.place).toBe('青川市东坪区');
    const text = (id: string | undefined) => city().kb.clauses.find((c) => c.id === id)?.text.slice(0, 8);
    expect(city().kb.overrides.map((o) => [o.target, o.action, o.field, o.scope, text(o.targetClauseId)])).toEqual([
      ['《方案》第2项', 'adjust', 'lead', '青川市东坪区', '2．防尘口罩配备'],
      ['《方案》第二部分第（一）项', 'adjust', 'frequency', '青川市东坪区', '（一）区卫生健康'],
    ]);
  });

  it('marks the 方案’s item as changed in the district only, and keeps it in force elsewhere', () => {
    const [change] = city().kb.overrides;
    const view = city().inForce('2026-11-30');
    expect(view.changes.get(change!.targetClauseId!)).toMatchObject({ status: '已调整', by: change!.clauseId, scope: '青川市东坪区' });
    expect(view.excluded.has(change!.targetClauseId!)).toBe(false);
    expect(city().inForce('2026-11-30', undefined, ['青川市东坪区', '青川市', '全国']).excluded.has(change!.targetClauseId!)).toBe(true);
  });

  it('gives the district’s frequency to an enterprise in the district, and the 方案’s to one in the other district or asked from nowhere', async () => {
    const inside = await city().ask({ question: '我们厂在青川市东坪区，区卫健局多久来检查一次？' });
    expect(inside.answer.split('\n')[0]).toContain('每两个月至少一次');
    expect(inside.answer).not.toContain('每季度');
    const other = await city().ask({ question: '我们厂在青川市西岭区，区卫健局多久来检查一次？' });
    expect(other.answer.split('\n')[0]).toContain('每季度至少一次');
    expect(other.answer).not.toContain('每两个月');
    const nowhere = await city().ask({ question: '尘肺病专项治理方案里，区卫生健康局多久监督检查一次？' });
    expect(nowhere.answer.split('\n')[0]).toContain('每季度至少一次');
  });
});

describe('a development zone’s notice that adjusts its city’s 方案 inside the zone', () => {
  const PLAN = [
    '青川市安全生产委员会办公室关于印发《青川市2026年建筑施工安全专项整治工作方案》的通知',
    '各县（市、区）人民政府，青川经济开发区管委会：',
    '五、检查安排',
    '（一）市住房和城乡建设局对在建深基坑项目每月至少检查一次。',
  ].join('\n\n');
  const NOTICE = [
    '青川经济开发区管理委员会关于在开发区范围内调整执行《青川市2026年建筑施工安全专项整治工作方案》有关事项的通知',
    '现就《青川市2026年建筑施工安全专项整治工作方案》（以下简称《方案》）在开发区范围内的执行事项调整如下。',
    '一、《方案》第五部分第（一）项规定的深基坑项目检查，在开发区范围内由开发区规划建设局每半月至少检查一次。',
    '本通知自2026年6月1日起施行。',
  ].join('\n\n');
  const zone = assistantFor({ '方案.txt': PLAN, '开发区通知.txt': NOTICE }, new Date('2026-11-30T00:00:00Z'));

  it('holds the change in the zone: a project in the 开发区 gets its frequency, one in the city outside it the 方案’s', async () => {
    expect(zone().kb.overrides.map((o) => o.scope)).toEqual(['青川经济开发区']);
    const inside = await zone().ask({ question: '开发区的深基坑项目多久检查一次？' });
    expect(inside.answer.split('\n')[0]).toContain('每半月至少');
    const outside = await zone().ask({ question: '我们在青川市城区有个深基坑项目，不在开发区，多久来查一次？' });
    expect(outside.answer.split('\n')[0]).toMatch(/每月至少(?:检查)?一次/u);
    expect(outside.answer).not.toContain('每半月');
  });
});

describe('an article amended to a new text that repeats some of its sentences', () => {
  // Fictional: the 细则's 第二条 is restated whole; only its first item's volume changes.
  const CRITERIA = [
    '青川市涉氨制冷企业重大事故隐患判定细则',
    '第二条 本细则适用于本市下列企业重大事故隐患的判定：',
    '（一）储罐区总容积1000立方米以上的危险化学品仓储企业；',
    '（二）液氨使用量5吨以上的涉氨制冷企业。',
    '前款规定规模以下的企业，参照本细则执行。',
    '第三条 本细则自2025年1月1日起施行。',
  ].join('\n\n');
  const AMENDING = [
    '# 青川市应急管理局关于修改涉氨制冷企业重大事故隐患判定细则的通知',
    '今年1月，我局印发了《青川市涉氨制冷企业重大事故隐患判定细则》（以下简称《细则》）。现修改如下：',
    '## 一、修改《细则》第二条',
    '《细则》第二条修改为：',
    '> 第二条　本细则适用于本市下列企业重大事故隐患的判定：',
    '>',
    '> （一）储罐区总容积500立方米以上的危险化学品仓储企业；',
    '>',
    '> （二）液氨使用量5吨以上的涉氨制冷企业。',
    '>',
    '> 前款规定规模以下的企业，参照本细则执行。',
    '修改后的第二条自2025年7月1日起施行。',
  ].join('\n\n');
  let amended: TestAssistant;
  beforeAll(async () => {
    amended = await assistantOver({ '细则.txt': CRITERIA, '修改通知.md': AMENDING }, new Date('2026-11-30T00:00:00Z'));
  });
  afterAll(() => amended.close());

  it('keeps the repeated sentences in force in the 细则, marked as amended, and the changed one out', () => {
    const kb = amended.assistant.kb;
    const article = kb.clauses.find((c) => c.path.at(-1) === '第二条' && c.text.includes('1000立方米'))!;
    const view = amended.assistant.inForce('2026-11-30');
    expect(view.excluded.has(article.id)).toBe(false);
    expect(view.inExcludedPart(article.id, '（一）储罐区总容积1000立方米以上的危险化学品仓储企业；')).toBe(true);
    expect(view.inExcludedPart(article.id, '（二）液氨使用量5吨以上的涉氨制冷企业。')).toBe(false);
    expect(view.changes.get(article.id)?.status).toBe('已调整');
  });

  it('quotes an unchanged sentence from the 细则 and says the article was amended; the old volume never', async () => {
    const a = await amended.assistant.ask({ question: '我们厂液氨一共3吨，判重大隐患也要按细则来吗？' });
    expect(a.answer).toContain('参照本细则执行');
    expect(a.answer).toMatch(/《青川市涉氨制冷企业重大事故隐患判定细则》第二条（已由《青川市应急管理局关于修改涉氨制冷企业重大事故隐患判定细则的通知》修改）/u);
    const volume = await amended.assistant.ask({ question: '储罐区总容积多少以上的仓储企业适用细则？' });
    expect(volume.answer).toContain('500立方米');
    expect(volume.answer).not.toContain('1000立方米');
  });
});

describe('a district’s notice that adjusts sections of its city’s 预案 numbered 3.2 and 2.3', () => {
  // Fictional: a city 应急预案 numbered 1 / 1.1 and a district's notice changing its 3.2（一） and 2.3 there.
  const PLAN = [
    '青川市人民政府办公厅关于印发青川市大型商业综合体火灾事故应急预案的通知',
    '2 组织指挥体系',
    '2.3 区级指挥机构',
    '各区人民政府参照市指挥部设立本级指挥机构。区民政部门负责受灾人员临时安置。',
    '3 信息报告',
    '3.2 信息报告',
    '（一）大型商业综合体发生火灾后，事发单位应当于事发后15分钟内向区应急管理部门报告。',
    '（二）区应急管理部门接报后，应当于30分钟内电话报告市应急局。',
  ].join('\n\n');
  const NOTICE = [
    '青川市东坪区应急管理局关于在本区执行《青川市大型商业综合体火灾事故应急预案》有关事项的通知',
    '《青川市大型商业综合体火灾事故应急预案》（以下简称《预案》）印发实施。依据《预案》2.3的规定，现对本区执行《预案》的下列事项作出调整：',
    '一、《预案》3.2第（一）项规定的事发单位报告时限，本区调整为事发后10分钟内向区应急管理局报告。',
    '二、《预案》2.3规定的受灾人员临时安置工作，本区由事发地街道办事处负责。',
    '三、本通知自2026年7月1日起施行。',
  ].join('\n\n');
  const city = assistantFor({ '预案.txt': PLAN, '东坪区通知.txt': NOTICE }, new Date('2026-11-30T00:00:00Z'));

  it('reads each change of a numbered section, and of its 项, as holding in the district', () => {
    const text = (id: string | undefined) => city().kb.clauses.find((c) => c.id === id)?.text.slice(0, 8);
    expect(city().kb.overrides.map((o) => [o.target, o.action, o.scope, text(o.targetClauseId)])).toEqual([
      ['《预案》3.2第（一）项', 'adjust', '青川市东坪区', '（一）大型商业综'],
      ['《预案》2.3', 'adjust', '青川市东坪区', '2.3区级指挥机'],
    ]);
  });

  it('gives the district’s time limit there, never the 预案’s, and the 预案’s other 项 still', async () => {
    const inside = await city().ask({ question: '我们在青川市东坪区经营综合体，着火后单位要在多长时间内报告？' });
    expect(inside.answer).toContain('10分钟内');
    expect(inside.answer).not.toContain('15分钟内');
    const other = await city().ask({ question: '我们在青川市西岭区经营综合体，着火后单位要在多长时间内报告？' });
    expect(other.answer).toContain('15分钟内');
    expect(other.answer).not.toContain('10分钟内');
    const next = await city().ask({ question: '青川市东坪区的区应急管理部门接报后多长时间内电话报告市应急局？' });
    expect(next.answer).toContain('30分钟内');
  });

  it('does not give the section’s old unit for the district: its paragraphs are out of force there too', async () => {
    const a = await city().ask({ question: '青川市东坪区的综合体着火了，受灾人员临时安置归谁管？' });
    expect(a.answer).toContain('事发地街道办事处');
    expect(a.answer).not.toContain('区民政部门负责受灾人员临时安置');
  });
});
