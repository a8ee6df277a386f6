import { beforeAll, describe, expect, it } from 'vitest';
import { loadFixtureCorpus } from './__fixtures__/corpus.js';
import { HashingEmbeddings } from './embeddings.js';
import { ancestorPath, createSearcher, type Searcher, type SearchHit } from './search.js';
import { buildVectorIndex } from './vector-index.js';
import { loadLexicon } from '../lexicon/lexicon.js';
import { assistantFor } from '../__fixtures__/assistant-over.js';

const lexicon = loadLexicon();

const ids = (hits: SearchHit[]): string[] => hits.map((h) => h.clause.id);

describe('createSearcher over the five notices and a 安全生产法 excerpt', () => {
  let searcher: Searcher;
  beforeAll(async () => {
    const { documents, clauses } = loadFixtureCorpus();
    searcher = await createSearcher({ lexicon, documents, clauses, embeddings: new HashingEmbeddings(lexicon, 512) });
  });

  it('resolves “安全生产法第二十一条” to the article, then its items', async () => {
    const hits = await searcher.search('安全生产法第二十一条', { k: 3 });
    expect(ids(hits)).toEqual(['law_aqscf#1', 'law_aqscf#2', 'law_aqscf#3']);
    expect(hits[0]!.signals).toContain('article:第二十一条');
  });

  it('reads arabic article numbers and a law name behind other words', async () => {
    expect(ids(await searcher.search('请问安全生产法第21条讲的是什么', { k: 1 }))).toEqual(['law_aqscf#1']);
    expect(ids(await searcher.search('第二十二条', { k: 1 }))).toEqual(['law_aqscf#4']);
  });

  it('does not take 第二十一条 from a law the knowledge base does not hold', async () => {
    const hits = await searcher.search('河南省安全生产条例第二十一条', { k: 5 });
    expect(hits.every((h) => !h.signals.some((s) => s.startsWith('article:')))).toBe(true);
  });

  it('prefers the 文登 document when the question names 文登', async () => {
    const hits = await searcher.search('文登的企业搞应急演练，能不能提前通知、写好脚本再演？', { k: 3 });
    expect(hits.map((h) => h.document.id)).toEqual(['002', '002', '002']);
    expect(hits[0]!.clause.text).toContain('“不提前通知、不设定脚本、不预设场景、不预设地点”');
    expect(hits[0]!.signals).toContain('region:文登');
  });

  it('moves the same question to another document when another place is named', async () => {
    const [wendeng] = await searcher.search('文登一年要组织几次应急演练？', { k: 1 });
    const [wugang] = await searcher.search('舞钢一年要组织几次应急演练？', { k: 1 });
    expect(wendeng!.document.id).toBe('002');
    expect(wugang!.document.id).toBe('003');
    expect(wugang!.clause.text).toContain('每年组织2次以上综合应急演练');
  });

  it('finds a county-level city through its prefecture (平顶山 → 舞钢市)', async () => {
    const [hit] = await searcher.search('平顶山产业区高危行业企业要建几项安全生产规章制度？', { k: 1 });
    expect(hit!.document.id).toBe('003');
    expect(hit!.clause.text).toContain('涵盖14项安全生产规章制度');
    expect(hit!.signals).toContain('region:平顶山');
  });

  it('answers a follow-up from the chat history (济宁 + 民爆 carried)', async () => {
    const history = [
      { role: 'user' as const, content: '济宁的通知对民爆企业值班有啥要求？' },
      { role: 'assistant' as const, content: '民爆生产、销售企业要坚持24小时安全生产调度值班制度，及时掌握安全生产动态，保证信息畅通。' },
    ];
    const hits = await searcher.search('那县里的监管部门在这块要干啥？', { k: 3, history });
    expect(hits.map((h) => h.document.id)).toEqual(['001', '001', '001']);
    expect(hits.slice(0, 2).some((h) => h.clause.text.includes('县级监管部门要进行值班值守和应急防范工作专项检查'))).toBe(true);
    expect(hits[0]!.signals).toEqual(expect.arrayContaining(['region:济宁', 'industry:民用爆炸物品', 'history']));
  });

  it('lets a follow-up switch industry instead of carrying the old one', async () => {
    const history = [
      { role: 'user' as const, content: '文登工信局检查软件公司主要看啥？' },
      { role: 'assistant' as const, content: '重点检查用电用火安全管理、消防设施保养维护、疏散通道和安全出口畅通等方面情况。' },
    ];
    const [hit] = await searcher.search('那换成搞废旧物资回收利用的企业呢？', { k: 1, history });
    expect(hit!.clause.path.at(-1)).toBe('废弃资源综合利用业');
    expect(hit!.signals).toContain('industry:废弃资源综合利用');
  });

  it('boosts clauses that name responsible offices when the question asks who', async () => {
    const [hit] = await searcher.search('宁夏工信厅那个城市安全发展工作方案里，经开区、工业园区的空间布局规划归哪个处管？', { k: 1 });
    expect(hit!.clause.text).toBe('1.科学规划和布局经济技术开发区、工业园区以及其他相关功能区空间布局。（责任处室：工业园区处）');
    expect(hit!.signals).toEqual(expect.arrayContaining(['bm25', 'region:宁夏', 'duty-row']));
    // The hashing embedder's list has weight 0 by default, so it is not searched and never named.
    expect(hit!.signals).not.toContain('vector');
  });

  it('finds a document by its number', async () => {
    const [hit] = await searcher.search('宁工信安委发〔2019〕19号里化工处负责什么', { k: 1 });
    expect(hit!.document.id).toBe('004');
    expect(hit!.signals).toContain('doc:宁工信安委发〔2019〕19号');
  });

  it('matches paraphrases through aliases: 修船造船 → 船舶行业, 检修队伍 → 承包商', async () => {
    const ship = await searcher.search('修船造船的厂子，判定是不是重大隐患看哪份文件？', { k: 3 });
    expect(ship.some((h) => h.clause.text.includes('《船舶行业重大生产安全事故隐患判定标准》'))).toBe(true);
    const [contractor] = await searcher.search('我们是外地来的检修队伍，要进舞钢产业区给厂里做维修，有啥管理要求？', { k: 1 });
    expect(contractor!.clause.text).toContain('建立完善承包商入区作业管理制度');
  });

  it('applies hard filters only when given', async () => {
    const q = '每年至少组织几次演练？';
    const open = await searcher.search(q, { k: 10 });
    expect(new Set(open.map((h) => h.document.id)).size).toBeGreaterThan(1);
    const byDoc = await searcher.search(q, { k: 10, filters: { docIds: ['003'] } });
    expect(byDoc.every((h) => h.document.id === '003')).toBe(true);
    const byRegion = await searcher.search(q, { k: 10, filters: { region: '威海市' } });
    expect(byRegion.length).toBeGreaterThan(0);
    expect(byRegion.every((h) => h.document.id === '002')).toBe(true);
  });

  it('with an industry filter, drops clauses headed by another industry but keeps general ones', async () => {
    const hits = await searcher.search('文登监管行业每月每季度检查要求', { k: 20, filters: { industry: '民爆' } });
    const labels = hits.filter((h) => h.clause.kind === 'label').map((h) => h.clause.path.at(-1));
    expect(labels.length).toBeGreaterThan(0);
    expect(labels.every((l) => l === '民爆行业')).toBe(true);
    expect(hits.some((h) => h.clause.kind !== 'label')).toBe(true);
  });

  it('analyses the question it searches with', () => {
    const a = searcher.analyze('安全生产法第21条');
    expect(a.articles).toEqual([{ label: '第二十一条', law: '安全生产法' }]);
    expect(a.asksDuty).toBe(false);
    expect(searcher.analyze('湖北这边经信局是唱主角还是配合？').places.map((p) => p.name)).toEqual(['湖北']);
  });
});

describe('createSearcher edge cases', () => {
  it('searches an empty knowledge base without error', async () => {
    const searcher = await createSearcher({ lexicon, documents: [], clauses: [], embeddings: new HashingEmbeddings(lexicon, 512) });
    expect(await searcher.search('民爆企业值班有啥要求？')).toEqual([]);
  });

  it('refuses a saved vector index that does not cover the clauses', async () => {
    const { documents, clauses } = loadFixtureCorpus();
    const embeddings = new HashingEmbeddings(lexicon, 512);
    const vectorIndex = await buildVectorIndex(clauses.slice(0, 10), { id: 'hashing-v1-512', embeddings, dims: 512 });
    await expect(createSearcher({ lexicon, documents, clauses, embeddings, vectorIndex })).rejects.toMatchObject({
      code: 'INDEX_CORRUPT',
      message: `the vector index holds 10 vectors for ${clauses.length} clauses (e.g. clause ${clauses[10]!.id} has no vector); run npm run ingest again`,
    });
  });
});

describe('ancestorPath', () => {
  it.each([
    // An item whose heading is its own (truncated) first sentence: the heading goes.
    [['二、检查内容', '（1）氨制冷机房是否设置氨气浓度…'], '（1）氨制冷机房是否设置氨气浓度检测报警装置；', ['二、检查内容']],
    // An article: its text starts with 第八条.
    [['第三章 排查治理', '第八条'], '第八条 企业是重大事故隐患排查治理的责任主体。', ['第三章 排查治理']],
    // A label clause under another heading keeps the whole path.
    [['二、主要任务', '民爆行业'], '1.每月开展一次检查。', ['二、主要任务', '民爆行业']],
    [[], '导语', []],
  ])('%j over %s → %j', (path, text, expected) => {
    expect(ancestorPath({ path, text })).toEqual(expected);
  });
});

describe('a hazard question over a 判定细则 and a check list naming the same device', () => {
  const assistant = assistantFor({
    '起重机械重大事故隐患判定细则.txt': [
      '起重机械重大事故隐患判定细则',
      '第一条 为了加强起重机械安全管理，制定本细则。',
      '第二条 起重机械有下列情形之一的，应当判定为重大事故隐患：',
      '（一）起升机构的制动器失效或者被拆除的；',
      '（二）起重量限制器、起升高度限位器失效或者被拆除的；',
      '（三）主要受力结构件有裂纹仍继续使用的；',
      '（四）露天作业的门式起重机未设置夹轨器、锚定装置的；',
      '（五）司机室、电气控制系统存在严重缺陷，无法正常操作的；',
      '（六）超过设计使用年限未进行安全评估仍继续使用的。',
    ].join('\n'),
    '物流仓库起重机械安全检查表.md': [
      '# 物流仓库起重机械安全检查表',
      '',
      '| 检查项目 | 检查内容 | 检查方法 |',
      '| --- | --- | --- |',
      '| **起重机械** | | |',
      '| 安全保护装置 | 起重机的起重量限制器、起升高度限位器是否灵敏有效，有无拆除 | 现场试验 |',
      '| 制动器 | 起升机构制动器是否可靠 | 现场试验 |',
    ].join('\n'),
  });

  it('ranks the criteria item above the check-list row when the question asks whether it is a major hazard', async () => {
    const [top] = await assistant().search('仓库起重机的起重量限制器拆掉了还在吊货，算重大隐患吗？', { k: 3 });
    expect(top!.document.file).toBe('起重机械重大事故隐患判定细则.txt');
    expect(top!.signals).toContain('criterion');
  });

  it('leaves the order alone when the question asks what to check', async () => {
    const [top] = await assistant().search('起重机的起重量限制器拆掉了还在吊货，检查时查什么？', { k: 3 });
    expect(top!.document.file).toBe('物流仓库起重机械安全检查表.md');
  });
});

describe('everyday words for what the texts say (电焊 → 明火作业)', () => {
  const assistant = assistantFor({
    '消防安全管理规定.txt': [
      '消防安全管理规定',
      '第一条 消防安全重点单位应当建立消防档案，确定消防安全重点部位。',
      '第二条 消防安全重点单位应当实行每日防火巡查，并建立巡查记录。',
      '第三条 因施工等特殊情况需要使用明火作业的，应当按照规定事先办理审批手续。',
      '第四条 单位应当组织员工进行消防安全培训。',
      '第五条 消防安全重点单位的消防安全管理人应当每月组织一次防火巡查。',
      '第六条 厂房变更消防安全责任人的，应当及时办理备案手续。',
    ].join('\n'),
  });

  it.each([
    ['厂里要搞电焊，要办什么手续？', '明火作业'],
  ])('%s finds the clause that says %s', async (question, said) => {
    const [top] = await assistant().search(question, { k: 1 });
    expect(top!.clause.text).toContain(said);
  });
});

describe('a question from a city reaches its province’s rules before another province’s', () => {
  const ARTICLE = '第十五条 从事危险化学品仓储经营的企业，专用仓库设计储存量在100吨以上的，应当配备不少于2名专职安全管理人员。';
  const assistant = assistantFor({
    '岱屿省危险化学品安全管理办法.txt': ['岱屿省危险化学品安全管理办法', '（岱屿省人民政府令第12号公布）', ARTICLE].join('\n'),
    '艾禾省危险化学品安全管理办法.txt': ['艾禾省危险化学品安全管理办法', '（艾禾省人民政府令第7号公布）', ARTICLE.replace('2名', '3名').replace('的企业', '的企业和仓储公司')].join('\n'),
    '澄霞市危险化学品部门责任清单.txt': [
      '澄霞市危险化学品部门责任清单',
      '岱屿省澄霞市安全生产委员会办公室',
      '一、市应急管理局负责全市危险化学品仓储经营企业的监督检查。',
      '二、市商务局负责成品油零售经营的行业管理。',
    ].join('\n'),
  });

  it('ranks 岱屿省’s article above 艾禾省’s for a company in 澄霞市', async () => {
    const hits = await assistant().search('我们是澄霞市的危化品仓储公司，专职安全管理人员要配几个？', { k: 5 });
    const files = hits.map((h) => h.document.file).filter((f) => f.endsWith('安全管理办法.txt'));
    expect(files[0]).toBe('岱屿省危险化学品安全管理办法.txt');
  });
});

describe('front matter answers questions about the document, not its rules', () => {
  const assistant = assistantFor({
    '化工园区检查通知.txt': [
      '柘川市应急管理局关于开展化工园区安全检查的通知',
      '柘应急〔2026〕8号',
      '柘港化工园区管理委员会，各县（市、区）应急管理局：',
      '一、柘港化工园区管理机构每季度组织一次园区内企业安全检查。',
      '二、化工园区应当实行封闭化管理，设置危险化学品运输车辆专用停车场。',
      '柘川市应急管理局',
      '2026年3月2日',
    ].join('\n'),
  });

  it('ranks a rule above the addressee line that names the same units', async () => {
    const hits = await assistant().search('柘港化工园区管委会要管哪些安全工作？', { k: 3 });
    expect(hits[0]!.clause.path[0]).not.toBe('主送');
  });

  it('ranks the addressee line first when the question asks whom the notice is sent to', async () => {
    const hits = await assistant().search('这个化工园区检查通知主送哪些单位？', { k: 3 });
    expect(hits[0]!.clause.path[0]).toBe('主送');
  });
});

describe('an asker at a place is bound by the rules of the places enclosing it', () => {
  const assistant = assistantFor({
    '岱屿省尾矿库安全监测技术规范.txt': ['岱屿省尾矿库安全监测技术规范', '岱屿省市场监督管理局', '4.1 三等及以上尾矿库应当设置在线监测系统，监测坝体位移和浸润线。'].join('\n'),
    '澄霞市尾矿库专项整治通知.txt': [
      '澄霞市关于开展尾矿库专项整治的通知',
      '岱屿省澄霞市安全生产委员会办公室',
      '一、各尾矿库企业应当对照监测规范开展自查，在线监测系统运行情况纳入检查。',
      '二、尾矿库在线监测数据异常的，企业应当立即报告。',
      '三、市应急管理局对尾矿库开展专项检查，检查在线监测系统是否正常运行。',
    ].join('\n'),
  });

  it('ranks the province’s standard first for 我们是澄霞市的三等尾矿库', async () => {
    const [top] = await assistant().search('我们是澄霞市的三等尾矿库，必须设置在线监测系统监测坝体位移吗？', { k: 3 });
    expect(top!.document.file).toBe('岱屿省尾矿库安全监测技术规范.txt');
  });
});
