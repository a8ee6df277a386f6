import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Assistant } from '../assistant.js';
import { assistantFor, assistantOver, type TestAssistant } from '../__fixtures__/assistant-over.js';

// Real texts: the national law and the 河南 chain (province, two cities at the same level).
const ROOT = join(import.meta.dirname, '..', '..');
const FILES = {
  '消防法(2021-04-29).md': join(ROOT, 'corpus', 'laws', '消防法(2021-04-29).md'),
  '河南省消防条例(2014-04-15).md': join(ROOT, 'evals', 'docs', 'regs-fire', '河南省消防条例(2014-04-15).md'),
  '南阳市居民住宅区消防安全管理条例(2021-11-09).md': join(ROOT, 'evals', 'docs', 'regs-fire', '南阳市居民住宅区消防安全管理条例(2021-11-09).md'),
  '新乡市居民住宅区消防安全管理条例(2020-07-12).md': join(ROOT, 'evals', 'docs', 'regs-fire', '新乡市居民住宅区消防安全管理条例(2020-07-12).md'),
  '汕头经济特区消防条例(2022-12-30).md': join(ROOT, 'evals', 'docs', 'regs-fire', '汕头经济特区消防条例(2022-12-30).md'),
};

let over: TestAssistant;
let assistant: Assistant;
beforeAll(async () => {
  over = await assistantOver(Object.fromEntries(Object.entries(FILES).map(([name, path]) => [name, readFileSync(path, 'utf8')])));
  assistant = over.assistant;
}, 60_000);
afterAll(() => over.close());

const files = (a: { citations: Array<{ file: string }> }) => [...new Set(a.citations.map((c) => c.file))];

describe('a question asked from a place', () => {
  it('never cites the local rule of another place at the same level', async () => {
    const a = await assistant.ask({ question: '新乡的住宅小区里，电动自行车能不能在楼道里充电？' });
    expect(files(a)).not.toContain('南阳市居民住宅区消防安全管理条例(2021-11-09).md');
    const b = await assistant.ask({ question: '南阳的住宅小区里，电动自行车能不能在楼道里充电？' });
    expect(files(b)).not.toContain('新乡市居民住宅区消防安全管理条例(2020-07-12).md');
  });

  it('puts the national rule and the province’s side by side, each labelled', async () => {
    const a = await assistant.ask({ question: '消防安全重点单位要确定消防安全管理人，国家怎么规定的？我们河南省有没有更严的要求？' });
    expect(a.answer).toContain('【国家】');
    expect(a.answer).toContain('【河南省】');
    expect(files(a)).toEqual(expect.arrayContaining(['消防法(2021-04-29).md', '河南省消防条例(2014-04-15).md']));
  });

  it('says plainly when it holds no local text for the place, and gives the national rule', async () => {
    const a = await assistant.ask({ question: '我们是成都的一家商场，消防安全责任人有哪些职责？' });
    expect(a.answer.split('\n')[0]).toBe('知识库中没有成都市的地方性法规或文件，以下是国家层面的规定；当地如有更严格的规定，以当地规定为准。');
    expect(files(a)).toEqual(['消防法(2021-04-29).md']);
  });
});

describe('a province no place list or document knows', () => {
  it('is a place with no local text: the national rule only, said plainly, no province’s rule', async () => {
    const a = await assistant.ask({ question: '我们是溆屏省雪桥区的一家商场，消防安全责任人有哪些职责？' });
    expect(a.answer.split('\n')[0]).toBe('知识库中没有溆屏省的地方性法规或文件，以下是国家层面的规定；当地如有更严格的规定，以当地规定为准。');
    expect(files(a)).toEqual(['消防法(2021-04-29).md']);
  });

  it('nor does a city none knows get another city’s rule; a 超市 or 城市 is no city', async () => {
    const a = await assistant.ask({ question: '我们是琮州市的一家商场，消防安全责任人有哪些职责？' });
    expect(a.answer.split('\n')[0]).toBe('知识库中没有琮州市的地方性法规或文件，以下是国家层面的规定；当地如有更严格的规定，以当地规定为准。');
    expect(files(a)).toEqual(['消防法(2021-04-29).md']);
    const b = await assistant.ask({ question: '我们是城市里一家大型超市，消防安全责任人有哪些职责？' });
    expect(b.answer).not.toContain('知识库中没有');
    const c = await assistant.ask({ question: '消防安全责任人的职责，我们做到了，够不够省里的要求？' });
    expect(c.answer).not.toContain('知识库中没有');
  });

  it('asked whether such a place has issued a document of its own, says it holds none, and quotes no national rule as one', async () => {
    const a = await assistant.ask({ question: '琮州市有没有出台电动自行车消防安全管理办法？' });
    expect(a.supported).toBe(false);
    expect(a.answer.split('\n')[0]).toBe('文件中没有找到琮州市的办法（知识库中没有琮州市自己的地方性法规或文件）。');
    // (asked as 有没有自己的条例, or 有没有发过…通知)
    const own = await assistant.ask({ question: '琮州市有没有自己的消防条例？是哪年出的？' });
    expect(own.answer.split('\n')[0]).toBe('文件中没有找到琮州市的条例（知识库中没有琮州市自己的地方性法规或文件）。');
    const sent = await assistant.ask({ question: '琮州市有没有发过电动自行车充电的通知？' });
    expect(sent.answer.split('\n')[0]).toBe('文件中没有找到琮州市的通知（知识库中没有琮州市自己的地方性法规或文件）。');
  });

  it('a city none knows inside a province that is known has the province’s texts but none of its own', async () => {
    const own = await assistant.ask({ question: '我们在河南省琮州市，市里自己有没有出台居民住宅区消防安全管理条例？' });
    expect(own.supported).toBe(false);
    expect(own.answer.split('\n')[0]).toBe('文件中没有找到琮州市的条例（知识库中没有琮州市自己的地方性法规或文件）。');
    const rule = await assistant.ask({ question: '我们在河南省琮州市，消防控制室每班不少于几人？' });
    expect(files(rule)).toContain('河南省消防条例(2014-04-15).md');
    expect(files(rule)).not.toContain('南阳市居民住宅区消防安全管理条例(2021-11-09).md');
  });

  it('a county none knows is a place with no local text too, but 城区 or 开发区 is none', async () => {
    const a = await assistant.ask({ question: '我们在苕枰县开了家商场，消防安全责任人有哪些职责？' });
    expect(a.answer.split('\n')[0]).toBe('知识库中没有苕枰县的地方性法规或文件，以下是国家层面的规定；当地如有更严格的规定，以当地规定为准。');
    const opens = await assistant.ask({ question: '苕枰县应急管理局有没有出过商场消防安全的通知？' });
    expect(opens.answer.split('\n')[0]).toBe('文件中没有找到苕枰县的通知（知识库中没有苕枰县自己的地方性法规或文件）。');
    const b = await assistant.ask({ question: '我们在老城区开了家商场，消防安全责任人有哪些职责？' });
    expect(b.answer).not.toContain('知识库中没有');
  });

  it('is not 咱们省, which names none', async () => {
    const a = await assistant.ask({ question: '消防安全责任人有哪些职责？咱们省有没有更严的？' });
    expect(a.answer).not.toContain('咱们省的地方性法规');
  });
});

describe('a follow-up that names another place', () => {
  it('keeps the subject and switches the place: 那汕头呢？ after a 河南 question', async () => {
    const question = '河南省对大型群众性活动的消防安全有什么要求？';
    const first = await assistant.ask({ question });
    expect(files(first)).not.toContain('汕头经济特区消防条例(2022-12-30).md');
    const next = await assistant.ask({ question: '那汕头呢？', history: [{ role: 'user', content: question }, { role: 'assistant', content: first.answer }] });
    expect(files(next)).toContain('汕头经济特区消防条例(2022-12-30).md');
    expect(files(next)).not.toContain('河南省消防条例(2014-04-15).md');
    expect(next.answer).toContain('大型群众性活动');
  });

  it('asked next of a city none knows in the same province (那同省的蘅皋市呢), gives the province’s rule, not the city asked before', async () => {
    const question = '南阳市的住宅小区，电动自行车能不能在楼道里充电？';
    const first = await assistant.ask({ question });
    expect(files(first)).toContain('南阳市居民住宅区消防安全管理条例(2021-11-09).md');
    const next = await assistant.ask({ question: '那同省的蘅皋市呢？', history: [{ role: 'user', content: question }, { role: 'assistant', content: first.answer }] });
    expect(files(next)).not.toContain('南阳市居民住宅区消防安全管理条例(2021-11-09).md');
    expect(files(next)).not.toContain('新乡市居民住宅区消防安全管理条例(2020-07-12).md');
    expect(next.answer).not.toContain('知识库中没有蘅皋市');
  });

  it('a city none knows asked of 省里的规定 is in the one province the knowledge base holds texts of', async () => {
    const a = await assistant.ask({ question: '我们在蘅皋市办大型群众性活动，按省里的规定有什么消防安全要求？' });
    expect(files(a)).toContain('河南省消防条例(2014-04-15).md');
    expect(a.answer).not.toContain('知识库中没有蘅皋市');
  });
});

describe('a development zone’s own notice, read as of its city by the short name (桤坞)', () => {
  const zone = assistantFor({
    '桤坞市专项整治方案.txt': [
      '桤坞市2026年建筑施工安全专项整治工作方案',
      '桤坞市安全生产委员会办公室',
      '一、各镇（街道）、开发区和各牵头单位于每月25日前将整治进展情况报市住房和城乡建设局。',
    ].join('\n\n'),
    '开发区调整通知.txt': [
      '桤坞经济开发区管理委员会关于调整执行专项整治工作方案有关事项的通知',
      '开发区各部门：',
      '一、开发区内各在建项目于每月20日前向开发区规划建设局报送整治进展情况。',
    ].join('\n\n'),
  });

  it('answers a project in the zone from the zone’s notice, which lies inside the city', async () => {
    const a = await zone().ask({ question: '我们项目在桤坞经济开发区，专项整治的进展报给谁？每月几号前？' });
    expect(a.answer.split('\n')[0]).toContain('每月20日前');
  });
});

describe('the documents of the one place a question names', () => {
  // Fictional: a province's 条例 and its 判定标准, which also names 项目负责人 in passing.
  const province = assistantFor({
    '溆屏省建设工程施工安全条例.txt': [
      '溆屏省建设工程施工安全条例',
      '第十四条 施工单位的项目负责人应当在施工现场履行职责，每月带班生产时间不得少于本月施工时间的80%。',
      '第十五条 施工单位应当对新进场作业人员进行安全生产教育培训，培训时间不少于24学时。',
      '第三十六条 违反本条例第十四条规定，项目负责人带班生产时间不足的，由住房和城乡建设主管部门责令限期改正；逾期未改正的，对项目负责人处1万元以上3万元以下罚款。',
    ].join('\n\n'),
    '溆屏省房屋市政工程重大事故隐患判定标准.txt': [
      '溆屏省房屋市政工程生产安全重大事故隐患判定标准',
      '第七条 施工单位应当在施工现场留存下列证书：',
      '（一）项目负责人、专职安全生产管理人员安全生产考核合格证书；',
      '（二）特种作业人员操作资格证书。',
    ].join('\n\n'),
  });

  it('are not each quoted in turn: a penalty question quotes the conduct, not a passing mention in another document', async () => {
    const a = await province().ask({ question: '项目经理带班时间不够，在溆屏省会罚谁？罚多少？' });
    expect(a.answer.split('\n')[0]).toContain('对项目负责人处1万元以上3万元以下罚款');
    expect(files(a)).toEqual(['溆屏省建设工程施工安全条例.txt']);
  });
});

describe('whether a document applies to the asker', () => {
  // Fictional: a province's 办法 and a special economic zone's 条例 of one of its cities, which leaves the rest to the 办法.
  const texts = assistantFor({
    '青川省消防办法.txt': ['青川省实施《中华人民共和国消防法》办法', '第一条 为了实施消防法，结合本省实际，制定本办法。', '第二条 本办法适用于本省行政区域内的消防工作。', '第九条 单位应当每月组织防火检查。'].join('\n\n'),
    '东坪经济特区消防条例.txt': ['东坪经济特区消防条例', '第一条 为了预防火灾，结合东坪经济特区实际，制定本条例。', '第二条 特区范围内的消防工作适用本条例。', '本条例未作规定的，适用《青川省实施〈中华人民共和国消防法〉办法》。', '第十条 单位应当每半月组织防火检查。'].join('\n\n'),
  });

  it('quotes where each of the asker’s documents says it applies, and what it leaves to the other, and nothing else', async () => {
    const a = await texts().ask({ question: '我们在东坪经济特区开厂，《东坪经济特区消防条例》管得着吗？省里的办法还管不管？' });
    expect(a.answer).toContain('适用范围（《东坪经济特区消防条例》）：“第二条 特区范围内的消防工作适用本条例。”');
    expect(a.answer).toContain('本条例未作规定的，适用');
    expect(a.answer).toContain('第二条 本办法适用于本省行政区域内的消防工作。');
    expect(a.answer).not.toContain('防火检查');
  });
});
