import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Assistant } from '../assistant.js';
import { assistantOver, type TestAssistant } from '../__fixtures__/assistant-over.js';

// A regulation in the shape laws take: duties in one chapter, penalties in another that names the provision.
const REGULATION = `青川市居民住宅区消防安全管理条例

（2024年6月20日青川市第十七届人民代表大会常务委员会第十二次会议通过）

第一章 总则

第一条 为了加强居民住宅区消防安全管理，制定本条例。

第二章 消防安全管理

第十二条 物业服务人应当每月至少组织一次防火检查，并做好记录。

第十五条 任何单位和个人不得在居民住宅区实施下列行为：

（一）占用、堵塞、封闭疏散通道、安全出口；

（二）在消防车通道上停放车辆；

（三）在楼梯间、公共走道内停放电动自行车或者为其充电。

第三章 法律责任

第二十一条 物业服务人违反本条例第十二条规定，未组织防火检查的，由消防救援机构责令限期改正；逾期不改正的，处三千元以上一万元以下罚款。

第二十二条 违反本条例第十五条第二项规定的，由消防救援机构责令改正，处一百元以上五百元以下罚款。

违反本条例第十五条第三项规定的，由消防救援机构责令改正；拒不改正的，处三百元罚款。

第二十二条之一 物业服务人有下列行为之一的，由消防救援机构责令改正，处五百元以上二千元以下罚款：

（一）在公共门厅内堆放纸箱等可燃杂物的；

（二）锁闭消防控制室的。

第四章 附则

第二十三条 本条例自2024年10月1日起施行。
`;

let over: TestAssistant;
let assistant: Assistant;

beforeAll(async () => {
  over = await assistantOver({ '青川市居民住宅区消防安全管理条例.txt': REGULATION });
  assistant = over.assistant;
});
afterAll(() => over.close());

const ask = (question: string) => assistant.ask({ question });

describe('the penalty for what the user describes', () => {
  it('brings the penalty of the breached item from the 法律责任 chapter, not the penalty of another item', async () => {
    const a = await ask('邻居在楼梯间给电瓶车充电，劝了不听，能罚多少钱？');
    expect(a.supported).toBe(true);
    expect(a.answer.split('\n')[0]).toBe('罚则（《青川市居民住宅区消防安全管理条例》）：“违反本条例第十五条第三项规定的，由消防救援机构责令改正；拒不改正的，处三百元罚款。”[1]');
    expect(a.answer).not.toContain('一百元以上五百元以下');
    expect(a.facts?.[0]).toMatchObject({ type: 'penalty', n: 1 });
  });

  it('quotes an 逾期不改正的 penalty with the sentence that says whose breach it is', async () => {
    const a = await ask('物业一直不组织防火检查，责令改正后还不改，会怎么罚？');
    expect(a.answer.split('\n')[0]).toContain('未组织防火检查的，由消防救援机构责令限期改正；逾期不改正的，处三千元以上一万元以下罚款。');
    // the quotes support the penalty stated; the duty it punishes (第十二条) was not asked
    expect(a.citations.map((c) => c.path.at(-1))).toEqual(['第二十一条']);
  });

  it('gives the lead sentence of a penalty article that lists the conduct as its items', async () => {
    const a = await ask('物业在公共门厅里堆放纸箱等可燃杂物，罚多少？');
    expect(a.answer.split('\n')[0]).toContain('物业服务人有下列行为之一的，由消防救援机构责令改正，处五百元以上二千元以下罚款：');
  });

  it('states no penalty when the documents link none to what is asked, and refuses the amount', async () => {
    const a = await ask('小区没有按时施行条例，会怎么处罚？');
    expect(a.answer).not.toMatch(/^罚则/u);
    const amount = await ask('业主在阳台上养了几十只鸽子，罚款多少？');
    expect(amount.supported).toBe(false);
    expect(amount.answer.split('\n')[0]).toBe('文件中没有找到对这种行为的罚款数额（文件没有对应的罚则）。');
  });
});

describe('a penalty left to another text', () => {
  // Fictional: a city 办法 whose penalty refers to the province's 条例, which holds penalties for several conducts.
  const MEASURES = [
    '青川市餐饮场所燃气安全管理办法',
    '第七条 使用瓶装液化石油气的餐饮场所，在用和备用气瓶总数不得超过两瓶。',
    '第十六条 违反本办法第七条规定超量存放气瓶的，依照《青川省燃气安全管理条例》的有关规定处罚。',
    '第九条 燃气供应企业应当每月至少巡查一次用户燃气设施。',
    '第十七条 违反本办法第九条规定，燃气供应企业未按照规定频次巡查的，由燃气主管部门责令改正，并依照《青川省燃气安全管理条例》第二十四条的规定处罚。',
  ].join('\n\n');
  const RULES = [
    '青川省燃气安全管理条例',
    '第十四条 餐饮场所不得在地下室使用瓶装液化石油气，气瓶总数不得超过五瓶。',
    '第二十一条 违反本条例规定，餐饮场所备用气瓶未存放在专用储存间的，处一千元以上五千元以下罚款。',
    '第二十二条 违反本条例第十三条规定，未安装可燃气体报警装置的，处二千元以上一万元以下罚款。',
    '第二十三条 违反本条例第十四条规定，在地下室使用瓶装液化石油气或者超量存放气瓶的，由县级以上燃气主管部门责令改正，处五千元以上三万元以下罚款。',
    '第二十四条 违反本条例第十五条规定，管理单位未履行巡查、报告责任的，由燃气主管部门责令限期改正；逾期不改正的，处二千元以上二万元以下罚款。',
  ].join('\n\n');
  let both: TestAssistant;
  beforeAll(async () => {
    both = await assistantOver({ '办法.txt': MEASURES, '条例.txt': RULES });
  });
  afterAll(() => both.close());

  it('brings the penalty of the named text for the same conduct, not another of its penalties', async () => {
    const a = await both.assistant.ask({ question: '店里在用和备用的气瓶总数超过了办法规定的两瓶，怎么罚？' });
    expect(a.supported).toBe(true);
    // the referral first, then the penalty it leads to
    const [referral, penalty] = a.answer.split('\n');
    expect(referral).toContain('依照《青川省燃气安全管理条例》的有关规定处罚');
    expect(penalty).toContain('处五千元以上三万元以下罚款');
    expect(a.answer).not.toContain('一千元以上五千元以下');
  });

  it('takes the article a referral names, though it words the conduct otherwise', async () => {
    const a = await both.assistant.ask({ question: '燃气公司不按频次巡查用户设施，怎么罚？' });
    const [referral, penalty] = a.answer.split('\n');
    expect(referral).toContain('第二十四条的规定处罚');
    expect(penalty).toMatch(/^罚则（《青川省燃气安全管理条例》）：“第二十四条 .*处二千元以上二万元以下罚款。”\[2\]$/u);
  });
});

describe('penalties across levels', () => {
  // Fictional: a national 法 whose penalty article lists conduct as items, with a sentence for 个人, and a province's
  // 条例 whose list lead says the penalty only after 拒不改正的; the province's article outranks the law's.
  const LAW = [
    '中华人民共和国城镇消防通道管理法',
    '第二十八条 任何单位、个人不得占用、堵塞、封闭消防车通道。',
    '第六十条 单位违反本法规定，有下列行为之一的，责令改正，处五千元以上五万元以下罚款：',
    '（一）损坏消防设施的；',
    '（二）占用、堵塞、封闭消防车通道，妨碍消防车通行的。',
    '个人有前款第二项行为的，处警告或者五百元以下罚款。',
  ].join('\n\n');
  const PROVINCE = [
    '青川省消防通道管理条例',
    '第十八条 任何单位和个人不得占用消防车通道或者设置障碍。',
    '第十九条 居民住宅区的消防车通道应当设置禁止占用的标识。',
    '第七十二条 违反本条例，有下列行为之一的，责令改正；拒不改正的，对直接责任人员处一百元以上五百元以下罚款：',
    '（一）在居民住宅区内占用消防车通道的；',
    '（二）拒不配合消防队依法履行职责的。',
  ].join('\n\n');
  let levels: TestAssistant;
  beforeAll(async () => {
    levels = await assistantOver({ '城镇消防通道管理法.txt': LAW, '青川省消防通道管理条例.txt': PROVINCE });
  });
  afterAll(() => levels.close());

  it('states each level its own penalty: the province\'s list lead whose penalty follows 拒不改正的, and the law\'s sentence for 个人', async () => {
    const a = await levels.assistant.ask({ question: '青川省小区里有人把车停在消防车通道上，按省里的规定罚谁、罚多少？国家法律对个人怎么罚？' });
    const penalties = a.answer.split('\n').filter((l) => l.startsWith('罚则'));
    expect(penalties).toHaveLength(2);
    expect(penalties.join('\n')).toContain('拒不改正的，对直接责任人员处一百元以上五百元以下罚款');
    expect(penalties.join('\n')).toContain('个人有前款第二项行为的，处警告或者五百元以下罚款。');
    expect(a.answer).not.toContain('负责（牵头）');
    // each level has its penalty stated: the quotes support those, not the bans the penalties punish
    expect(new Set(a.citations.map((c) => c.path.at(-1)))).toEqual(new Set(['第七十二条', '第六十条']));
  });
});


describe('a conduct the law links to a penalty, ranked below sentences that merely share its words', () => {
  // Fictional: three sentences on 电动车充电 outrank the prohibited item, whose penalty is in another article.
  const RULES = [
    '青川市居民住宅区消防安全管理条例',
    '第二十四条 新建、改建居民住宅区应当配套建设电动车停放场所和充电设施，并配备消防器材。',
    '已经投入使用的居民住宅区，经业主大会同意，应当增建、改建电动车停放场所和充电设施。',
    '居民住宅区的物业服务人应当加强电动车充电场所的管理。',
    '第三十三条 任何单位和个人不得在居民住宅区实施下列行为：',
    '（一）占用、堵塞、封闭疏散通道；',
    '（二）在建筑的公共走道、楼梯间、门厅内停放电动车或者对其充电。',
    '第三十九条 违反本条例第三十三条第二项规定的，由消防救援机构责令改正；拒不改正的，处以二百元罚款。',
  ].join('\n\n');
  let city: TestAssistant;
  beforeAll(async () => {
    city = await assistantOver({ '条例.txt': RULES });
  });
  afterAll(() => city.close());

  it('still brings that penalty', async () => {
    const a = await city.assistant.ask({ question: '小区有业主在楼道里给电瓶车充电，劝了不听，能罚多少钱？' });
    expect(a.supported).toBe(true);
    expect(a.answer.split('\n')[0]).toContain('拒不改正的，处以二百元罚款。');
  });
});

describe('a national penalty worded far from the question, asked beside the province’s', () => {
  const LAW = [
    '中华人民共和国城镇消防管理法',
    '第十六条 机关、团体、企业、事业等单位应当履行下列消防安全职责：',
    '（一）落实消防安全责任制，制定本单位的消防安全制度；',
    '（二）按照国家标准配置消防设施、器材。',
    '第六十七条 机关、团体、企业、事业等单位违反本法第十六条规定的，责令限期改正；逾期不改正的，对其直接负责的主管人员和其他直接责任人员依法给予处分或者给予警告处罚。',
  ].join('\n\n');
  const PROVINCE = [
    '青川省消防条例',
    '第十三条 单位应当履行消防安全职责，落实消防安全责任制。',
    '第七十条 单位违反本条例第十三条规定，未履行消防安全职责的，由消防救援机构责令限期改正；逾期不改正的，对单位处以二千元以上五千元以下罚款。',
  ].join('\n\n');
  let both: TestAssistant;
  beforeAll(async () => {
    both = await assistantOver({ '城镇消防管理法.txt': LAW, '青川省消防条例.txt': PROVINCE });
  });
  afterAll(() => both.close());

  it('states the law’s penalty for its own article beside the province’s fine', async () => {
    const a = await both.assistant.ask({ question: '不履行消防安全职责的单位，青川省要由消防救援机构责令限期改正，逾期不改正的处以二千元以上罚款，国家法律对同类情形是怎么处理的？' });
    const penalties = a.answer.split('\n').filter((l) => l.startsWith('罚则')).join('\n');
    expect(penalties).toContain('二千元以上五千元以下罚款');
    expect(penalties).toContain('给予警告处罚');
  });
});

describe('a penalty asked of two documents named (条例规定罚多少？裁量基准里按多少罚？)', () => {
  const RULES = [
    '青川省渔业船舶安全管理条例',
    '（2024年5月20日青川省第十四届人民代表大会常务委员会第九次会议通过）',
    '第九条 渔业船舶在航行、作业期间，船长应当保持北斗船载终端全程开启。',
    '第三十一条 违反本条例第九条规定，船长擅自关闭北斗船载终端的，由渔政执法机构责令改正，对船长处二千元以上一万元以下罚款。',
  ].join('\n\n');
  const SCALE = [
    '青川省农业农村厅关于印发《青川省渔业船舶安全行政处罚自由裁量基准》的通知',
    '一、本基准适用于本省渔政执法机构实施行政处罚。',
    '附表',
    '| 序号 | 违法行为 | 裁量阶次 | 情形 | 处罚标准 |',
    '| --- | --- | --- | --- | --- |',
    '| 1 | 船长擅自关闭北斗船载终端 | 一般 | 关闭时间不足24小时 | 处二千元以上四千元以下罚款 |',
    '| 2 | 船长擅自关闭北斗船载终端 | 较重 | 关闭时间24小时以上 | 处四千元以上七千元以下罚款 |',
    // (rows enough that the 基准's evidence outranks the 条例's penalty)
    ...Array.from({ length: 6 }, (_, i) => `| ${i + 3} | 船长关闭北斗船载终端后第${i + 2}次被查 | 严重 | 关闭时间一整天以上 | 处七千元以上一万元以下罚款 |`),
  ].join('\n');
  let two: TestAssistant;
  beforeAll(async () => {
    two = await assistantOver({ '条例.txt': RULES, '裁量基准.md': SCALE });
  });
  afterAll(() => two.close());

  it('states each document’s penalty', async () => {
    const a = await two.assistant.ask({ question: '船长关了北斗，青川条例规定罚多少？裁量基准里关了一整天以上的按多少罚？' });
    const penalties = a.answer.split('\n').filter((l) => l.startsWith('罚则'));
    expect(penalties.join('\n')).toContain('对船长处二千元以上一万元以下罚款');
    expect(penalties.join('\n')).toContain('青川省渔业船舶安全行政处罚自由裁量基准');
  });
});
