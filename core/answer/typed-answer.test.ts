import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Assistant } from '../assistant.js';
import { assistantFor, assistantOver, type TestAssistant } from '../__fixtures__/assistant-over.js';
import { CRITERIA, NOTICE } from '../facts/__fixtures__/docs.js';

let over: TestAssistant;
let assistant: Assistant;

beforeAll(async () => {
  over = await assistantOver({ '细则.txt': CRITERIA, '通知.txt': NOTICE });
  assistant = over.assistant;
});
afterAll(() => over.close());

const ask = (question: string) => assistant.ask({ question });

describe('answers state the fact first', () => {
  it('judges a situation told in plain words against the criteria and names the item', async () => {
    const a = await ask('仓库里隔了一小间给值班的人当宿舍，这个算不算重大隐患？');
    expect(a.supported).toBe(true);
    expect(a.answer.split('\n')[0]).toMatch(/^算重大事故隐患。属于《.*》第四条第（一）项：“仓库内设置员工宿舍、休息室的”\[1\]/u);
    expect(a.facts?.[0]).toMatchObject({ type: 'hazard', n: 1 });
    expect(a.citations[0]!.quote).toContain('（一）仓库内设置员工宿舍、休息室的；');
  });

  it('does not call a situation a major hazard when the sizes it states do not reach the item’s threshold', async () => {
    const a = await ask('我们仓库同一作业区域内作业人员刚好12人，算不算重大隐患？');
    expect(a.answer.split('\n')[0]).toMatch(/^按您所说的数值，不属于《.*》第四条第（三）项的情形：“同一作业区域内作业人员超过12人的”\[\d\]（12人未达到“超过12人”）/u);
    expect(a.answer).not.toContain('算重大事故隐患');
  });

  it('gives the whole article a question names, its items included, before the quotes', async () => {
    const a = await ask('细则第四条是怎么规定的？');
    expect(a.supported).toBe(true);
    expect(a.answer.split('\n')[0]).toBe('《青川市仓储企业重大事故隐患判定细则（试行）》第四条原文：');
    expect(a.answer).toContain('（三）同一作业区域内作业人员超过12人的。[1]');
    expect(a.citations[0]!.quote).toContain('（一）仓库内设置员工宿舍、休息室的；');
  });

  it('states a time limit with its citation before the quotes', async () => {
    const a = await ask('企业自己发现了重大隐患，最晚多久要书面报告？');
    expect(a.answer.split('\n')[0]).toMatch(/^期限：2个工作日内\[1\]$/u);
    expect(a.citations[0]!.quote).toContain('2个工作日内书面报告');
  });

  it('gives the contact of the unit that leads the task asked about', async () => {
    const a = await ask('仓储检查统筹协调的事有问题找谁？电话给我');
    expect(a.answer.split('\n')[0]).toBe('联系人：市应急管理局仓储监管科陈一禾，电话：0000-1234567[1]');
  });

  it('compares a size the asker states with the threshold, and says what smaller ones do', async () => {
    const a = await ask('我们仓库总建筑面积700平方米，判重大隐患要按这个细则来吗？');
    expect(a.answer).toContain('您所说的700平方米不属于“800平方米以上”的情形');
    expect(a.answer).toContain('参照本细则执行');
  });
});

describe('refusals check the asked fact', () => {
  it.each([
    ['细则第二十条是怎么规定的？', '第二十条'],
    ['执法大队的联系电话是多少？', '执法大队的联系方式'],
    ['住建局在这次检查里负责什么？', '住建局'],
    ['青川高新区管委会在这次检查里负责什么？', '高新区管委会'],
    ['2028年还搞不搞这个检查？', '2028年'],
    ['青应急〔2026〕99号文讲的是什么？', '青应急〔2026〕99号'],
    ['细则说的GB 18218里液氨临界量是多少吨？', 'GB 18218'],
    ['仓库检查一共查了多少家企业？', '具体数量'],
    ['这次检查的专班组长是哪位领导？', '组长的姓名'],
    ['这次检查是哪位副局长分管的？', '副局长的姓名'],
    ['青川市人民政府令第195号是关于什么的？', '令第195号'],
    ['《仓储场所消防安全管理规定》要求仓库多久检查一次？', '《仓储场所消防安全管理规定》的原文'],
    ['青川市危险化学品安全管理办法里仓库要多久检查一次？', '《青川市危险化学品安全管理办法》的原文'],
    ['按《仓储场所消防安全管理规定》给我们仓库列一份检查清单', '《仓储场所消防安全管理规定》的原文'],
    ['仓储企业搞隐患排查，政府给补贴吗？补多少？', '具体金额'],
    ['仓库检查的结果什么时候公示？', '公示'],
    ['仓库检查分管的领导是谁？', '领导的姓名'],
  ])('%s → not supported, says what is missing', async (question, missing) => {
    const a = await ask(question);
    expect(a.supported).toBe(false);
    expect(a.answer.split('\n')[0]).toMatch(/^文件中没有找到/u);
    expect(a.answer.split('\n')[0]).toContain(missing);
  });

  it.each(['《青川市仓储企业判定细则》第四条是怎么规定的？', '《青川市那个仓储判定细则》第四条是怎么规定的？', '青川市仓储企业重大事故隐患判定细则里第四条是怎么规定的？'])('%s: a held document named in short or without 《》 is answered', async (question) => {
    const a = await ask(question);
    expect(a.supported).toBe(true);
    expect(a.answer).toContain('仓库内设置员工宿舍、休息室的');
  });

  it('knows everyday words through the lexicon instead of refusing them', async () => {
    const a = await ask('安全管理人员多久要排查一次重大隐患？主要负责人呢？');
    expect(a.supported).toBe(true);
    expect(a.answer.split('\n')[0]).toBe('频次：每季度至少一次；每月至少一次[1]');
  });

  it.each([
    ['仓库门口办促销活动，作业人员最多能有几个人？', '办 followed by what is done is a verb, not a unit'],
    ['仓库门口办了个促销，作业人员最多能有几个人？', '办了 is a verb, not a unit'],
    ['购物中心的仓库隔了一间当宿舍，算不算重大隐患？', '购物中心 is a kind of place, not a unit'],
  ])('%s (%s)', async (question) => {
    const a = await ask(question);
    expect(a.answer).not.toContain('没有提到这个单位');
  });
});

describe('a short unit name (港政科) is a unit asked about, not a word to match loosely', () => {
  const PORT = [
    '关于做好港口危险货物安全检查的通知',
    '一、港政科负责从业人员安全培训，2026年1月31日前完成。',
    '二、危货科负责装卸作业现场检查，每月一次。',
    '联系人：局危货科罗敏，电话：0000-6608227。',
  ].join('\n\n');
  const port = assistantFor({ '港口通知.txt': PORT });

  it.each(['港政科的联系电话是多少？', '港政科的科长叫什么名字？'])('%s → refused; another section’s contact is not given as its', async (question) => {
    const a = await port().ask({ question });
    expect(a.supported).toBe(false);
    expect(a.answer.split('\n')[0]).toBe('文件中没有找到港政科的联系方式（文件没有写明）。');
    // nor offered among the nearest clauses, where it would be taken for the answer
    expect(a.answer).not.toMatch(/\d{4}-\d{7}/u);
  });

  it('危货科的联系人是谁？ → its contact', async () => {
    const a = await port().ask({ question: '危货科的联系人是谁？' });
    expect(a.answer.split('\n')[0]).toBe('联系人：局危货科罗敏，电话：0000-6608227[1]');
  });
});

describe('contacts and report times in the asked form', () => {
  // a second notice whose only contact line sits at its end, and whose e-mail line is nearer the question
  const FORM = [
    '青川市应急管理局办公室关于报送仓储企业安全检查统计表的通知',
    '各区应急管理局：',
    '一、统计表经本单位负责人审核后，于2026年5月20日前报送，电子版同时发送至qcyj@example.test。',
    '二、简报编发',
    '市应急管理局每月汇总检查进展情况，编发检查工作简报，抄送区消防救援大队。',
    '三、联系人',
    '市应急管理局仓储监管科周岚，电话：0000-7654321。',
  ].join('\n\n');
  const two = assistantFor({ '统计表通知.txt': FORM, '通知.txt': NOTICE });

  it('a phone question gets the phone of the document asked about, not the e-mail line it retrieved', async () => {
    const a = await two().ask({ question: '检查统计表填报有疑问，打哪个电话问？' });
    expect(a.answer.split('\n')[0]).toBe('联系人：市应急管理局仓储监管科周岚，电话：0000-7654321[1]');
  });

  it('a post no document names (分管的副局长叫什么) is not answered with the notice’s contact line', async () => {
    const a = await two().ask({ question: '检查统计表这件事分管的副局长叫什么名字？' });
    expect(a.supported).toBe(false);
    expect(a.answer).not.toContain('周岚');
  });

  it('the 值班电话 of a unit no contact line is of is refused, not answered with the notice’s one contact', async () => {
    const a = await two().ask({ question: '统计表填报遇到问题，区消防救援大队的值班电话是多少？' });
    expect(a.supported).toBe(false);
    expect(a.answer.split('\n')[0]).toBe('文件中没有找到区消防救援大队的联系方式（文件没有写明）。');
    expect(a.answer).not.toMatch(/\d{4}-\d{7}/u);
  });

  it('a 投诉举报电话 is not the notice’s 联系人 line: refused, saying which number is missing', async () => {
    const a = await two().ask({ question: '检查统计表的事想投诉，投诉举报电话是多少？' });
    expect(a.supported).toBe(false);
    expect(a.answer).not.toContain('0000-7654321');
  });

  it('几点之前 prefers the report time that states its hour', async () => {
    const a = await two().ask({ question: '检查期间区应急管理局多久报一次检查进展？几点之前？' });
    expect(a.answer.split('\n')[0]).toBe('频次：每周三16时前[1]');
  });
});

describe("a unit's own tasks", () => {
  const PLAN = [
    '海州市港口管理局关于印发重点任务分工的通知',
    '一、重点任务',
    '（一）安全监督科负责组织标准化达标情况复核，港政科配合，2025年10月31日前完成。',
    '（二）港政科负责组织应急联合演练，安全监督科配合，2025年8月31日前完成。',
    '（三）安全监督科负责修订港口事故应急预案，2025年12月31日前完成。',
    '二、工作要求',
    '局安全监督科每季度对重点任务完成情况进行通报。',
  ].join('\n\n');
  const plan = assistantFor({ '分工通知.txt': PLAN });

  it('lists only the rows the unit leads when it asks for 牵头的活儿, 局安全监督科 counted as the same section', async () => {
    const a = await plan().ask({ question: '我是港口局安全监督科的，我们科牵头的活儿都有哪些？' });
    expect(a.answer).toContain('安全监督科在文件中承担的任务（共3项）');
    expect(a.answer).toContain('标准化达标情况复核');
    expect(a.answer).toContain('修订港口事故应急预案');
    expect(a.answer).not.toContain('应急联合演练');
  });

  it('牵头科 is a role, not a unit the documents lack', async () => {
    const a = await plan().ask({ question: '标准化达标复核那项的牵头科是哪个？' });
    expect(a.answer).not.toContain('没有提到这个单位');
    expect(a.answer).toContain('安全监督科');
  });

  it('管什么 asks for the rows too, and lists those it cooperates in', async () => {
    const a = await plan().ask({ question: '港政科在这次分工里具体管什么？' });
    expect(a.answer.split('\n')[0]).toBe('港政科在文件中承担的任务（共2项）：');
    expect(a.answer).toMatch(/港政科负责组织应急联合演练[^\n]*（负责\/牵头，时限：2025年8月31日前）/u);
    expect(a.answer).toMatch(/标准化达标情况复核[^\n]*（配合，时限：2025年10月31日前）/u);
  });
});

describe('a checklist keeps to the section asked for', () => {
  it('我们是有储罐区的… describes the asker: 仓库这块 gets the 仓库 checks only', async () => {
    const a = await ask('我们是有储罐区的仓储企业，仓库这块要自查哪些，给列个清单。');
    expect(a.answer).toContain('是否存在禁忌物料混存的情况');
    expect(a.answer).not.toContain('液位监测仪表');
  });
});

describe('a place named beside 跟市里一样吗', () => {
  const CITY = ['青川市应急管理局关于开展仓储企业自查的通知', '各区应急管理局：', '一、各企业于2026年5月20日前将自查报告报送所在区应急管理局。'].join('\n\n');
  const DISTRICT = ['青川市东坪区应急管理局关于做好仓储企业自查工作的通知', '区属各有关单位：', '一、辖区企业应于2026年5月15日前将自查报告报送区应急管理局。'].join('\n\n');
  const both = assistantFor({ '市通知.txt': CITY, '区通知.txt': DISTRICT });

  it('compares the district text with the city one instead of keeping to the district', async () => {
    const a = await both().ask({ question: '东坪区的企业自查报告啥时候交？跟市里通知的时间一样吗？' });
    expect(a.answer.split('\n')[0]).toMatch(/2026年5月15日前\[\d\].*2026年5月20日前\[\d\]|2026年5月20日前\[\d\].*2026年5月15日前\[\d\]/u);
  });

  it('a question about the district alone keeps to its text', async () => {
    const a = await both().ask({ question: '东坪区的企业自查报告啥时候交？' });
    expect(a.answer.split('\n')[0]).toContain('2026年5月15日前');
    expect(a.answer).not.toContain('5月20日');
  });
});

describe('a size against a threshold quoted inside an amending clause', () => {
  const AMEND = [
    '青川市应急管理局关于修改重大事故隐患判定细则有关事项的通知',
    '各区应急管理局：',
    '一、修改《细则》第二条',
    ['《细则》第二条修改为：', '> 第二条 本细则适用于本市行政区域内下列企业重大事故隐患的判定：', '> （一）储罐区总容积500立方米以上的仓储经营企业；', '> （二）液氨使用量5吨以上的涉氨制冷企业。', '> 前款规定规模以下的企业，参照本细则执行。', '因本次修改新纳入适用范围的企业，应当于2026年9月30日前对照《细则》完成一次重大事故隐患全面自查。'].join('\n'),
  ].join('\n\n');
  // a plan whose rows also speak of 细则, 重大隐患, 冷库 and 储罐, so they outrank the threshold's own sentence
  const PLAN_ROWS = [
    '青川市应急管理局关于印发重点任务分工方案的通知',
    '一、重点任务',
    '（一）对照《细则》组织液氨冷库和储罐区企业开展重大事故隐患专项排查整治，判定重大隐患的逐企建立整改台账。',
    '（二）组织液氨冷库企业对照《细则》开展重大隐患自查，液氨储罐区企业同步开展自查。',
    '（三）摸排液氨使用企业和液氨储罐，建立液氨冷库企业台账。',
    '（四）督促液氨制冷企业落实液氨冷库和储罐安全管理要求。',
  ].join('\n\n');
  const amend = assistantFor({ '修改通知.txt': AMEND, '分工方案.txt': PLAN_ROWS });

  it('finds the threshold in another sentence of the best clause when that sentence names what the question names', async () => {
    const a = await amend().ask({ question: '我们厂冷库系统里的液氨加上储罐里存的，一共大概3吨，判重大隐患也要按那个细则来吗？' });
    expect(a.answer.split('\n')[0]).toContain('您所说的3吨不属于“5吨以上”的情形');
    expect(a.answer).toContain('参照本细则执行');
  });
});

describe('deadlines that recur', () => {
  const REPORTS = [
    '青川市应急管理局关于做好烟花爆竹安全监管工作的通知',
    '一、信息报送',
    '各街道办事处于每月10日前报送上月检查情况，区应急管理局汇总后于每月15日前报市应急管理局。',
    '二、节日值守',
    '2月16日至2月21日每日16时前报送当日巡查情况，无情况实行零报告。',
  ].join('\n\n');
  const reports = assistantFor({ '烟花通知.txt': REPORTS });

  it('每个月几号前报 is answered by 每月10日前', async () => {
    const a = await reports().ask({ question: '街道每个月几号前要把检查情况报上来？' });
    expect(a.supported).toBe(true);
    expect(a.answer.split('\n')[0]).toMatch(/^时限：每月10日前/u);
  });

  it('每天几点前报 is answered by 每日16时前', async () => {
    const a = await reports().ask({ question: '春节那几天巡查情况每天几点前报？' });
    expect(a.answer.split('\n')[0]).toBe('频次：每日16时前[1]');
  });
});

describe('a year the documents do not reach', () => {
  const GRID = [
    '青川市东坪区小微企业安全生产网格化管理实施办法',
    '第一条 为加强小微企业安全生产网格化管理，制定本办法。',
    '第二条 网格员对网格内小微企业每月至少巡查一次。',
    '第三条 本办法自2025年3月1日起施行，有效期至2026年12月31日。',
  ].join('\n\n');
  const grid = assistantFor({ '网格办法.txt': GRID });

  it('is refused without offering the rule of another period as the nearest clause', async () => {
    const a = await grid().ask({ question: '2028年东坪区的小微企业，网格员一个月要来巡查几次？' });
    expect(a.supported).toBe(false);
    expect(a.answer.split('\n')[0]).toContain('2028年');
    expect(a.answer).not.toContain('每月至少巡查一次');
  });

  const before = assistantFor({ '网格办法.txt': GRID }, new Date('2025-06-01T00:00:00Z'));

  it('refuses the text of a revision still to come, though the documents write its year', async () => {
    const a = await before().ask({ question: '听说2026年要再修改这个办法，新办法里网格员多久巡查一次？' });
    expect(a.supported).toBe(false);
    expect(a.answer.split('\n')[0]).toBe('文件中没有找到2026年修改后的文本（知识库只收录已公布的文本）。');
    expect(a.answer).not.toContain('每月至少巡查一次');
  });
});

describe('a date before the held text of a regulation', () => {
  const RULES = [
    '青川省消防条例',
    '2005年6月1日 青川省第十届人民代表大会常务委员会第十五次会议通过',
    '2020年7月31日 青川省第十三届人民代表大会常务委员会第二十次会议修订',
    '第一条 为了预防火灾，制定本条例。',
    '第四十条 餐饮服务企业未按规定清洗排油烟管道的，责令改正，处二千元以上一万元以下罚款。',
  ].join('\n\n');
  const rules = assistantFor({ '青川省消防条例.md': RULES });

  it('is refused: the knowledge base holds only the text revised later', async () => {
    const a = await rules().ask({ question: '青川省消防条例2020年修订以前，餐馆不清洗排油烟管道罚多少？' });
    expect(a.supported).toBe(false);
    expect(a.answer.split('\n')[0]).toBe('文件中没有找到《青川省消防条例》在2019年时的文本（知识库中只有2020-07-31起施行的版本）。');
    expect(a.answer).not.toContain('二千元以上一万元以下');
  });

  it('answers the same question about now from the held text', async () => {
    const a = await rules().ask({ question: '青川省消防条例规定，餐馆不清洗排油烟管道罚多少？' });
    expect(a.supported).toBe(true);
    expect(a.answer).toContain('二千元以上一万元以下');
  });
});

describe('levels quoted for a located question', () => {
  const PROVINCE = ['青川省安全生产条例', '第一条 为了加强安全生产工作，制定本条例。', '第十六条 生产经营单位将生产经营场所出租的，应当对承租单位的安全生产工作统一协调、管理，每季度至少进行一次安全检查。'].join('\n\n');
  const CITY = ['青川省东坪市有限空间作业安全管理规定', '第一条 为了加强有限空间作业安全管理，制定本规定。', '第四条 有限空间作业前应当进行气体检测，检测记录每半年至少归档一次。'].join('\n\n');
  const levels = assistantFor({ '青川省安全生产条例.txt': PROVINCE, '东坪市有限空间规定.txt': CITY });

  it('answers from the province a city belongs to, and quotes no city rule about something else as the city’s', async () => {
    const a = await levels().ask({ question: '厂房租给别人用，我们作为出租方对承租单位安全检查要多久搞一次？我们在东坪市。' });
    expect(a.answer).toContain('每季度至少进行一次安全检查');
    expect(a.answer).not.toContain('每半年至少归档一次');
  });

  const NATIONAL = ['中华人民共和国建筑法', '第一条 为了加强对建筑活动的监督管理，制定本法。', '第三十九条 施工现场的办公、生活区应当与作业区分开设置，并保持安全距离。'].join('\n\n');
  const GAS_PROVINCE = ['青川省燃气安全管理条例', '第一条 为了加强燃气安全管理，制定本条例。', '第十六条 餐饮场所从业人员的燃气安全培训每人每年不少于四学时。'].join('\n\n');
  const GAS_CITY = ['青川省东坪市餐饮场所燃气安全管理办法', '第一条 为了加强餐饮场所燃气安全管理，制定本办法。', '第九条 新上岗的燃气设施操作人员岗前燃气安全培训不少于六学时。'].join('\n\n');
  const three = assistantFor({ '建筑法.txt': NATIONAL, '燃气条例.txt': GAS_PROVINCE, '燃气办法.txt': GAS_CITY });

  it('quotes the levels a question names, not the best-scoring text of a level it does not name', async () => {
    const a = await three().ask({ question: '东坪市餐馆员工的燃气安全培训，省里和市里各有什么学时要求？' });
    expect(a.answer).toContain('四学时');
    expect(a.answer).toContain('六学时');
    expect(a.answer).not.toContain('【国家】');
  });

  const CAMPAIGN = ['青川省东坪市应急管理局关于开展燃气安全宣传月活动的通知', '一、活动内容', '各餐饮场所要组织燃气设施操作人员参加燃气安全培训宣传活动。'].join('\n\n');
  const twoOfCity = assistantFor({ '燃气办法.txt': GAS_CITY, '宣传月通知.txt': CAMPAIGN });

  it('asked for one fact from a place with several documents, quotes the clause that states it, not each document’s nearest', async () => {
    const a = await twoOfCity().ask({ question: '东坪市的燃气设施操作人员岗前燃气安全培训要几个学时？' });
    expect(a.answer.split('\n')[0]).toBe('学时：不少于六学时[1]');
    expect(a.citations.map((c) => c.title)).toEqual(['青川省东坪市餐饮场所燃气安全管理办法']);
  });
});

describe('whom a report goes to', () => {
  const SENDS = [
    '青川市交通运输局关于开展危险货物道路运输安全专项检查的通知',
    '一、企业自查',
    '各运输企业于3月31日前将自查报告报送所在地县（区）交通运输局。',
    '二、隐患报告',
    '检查中发现重大事故隐患的，应当在12小时内填写重大事故隐患报告表（附件3）报告市交通运输局，并抄告同级应急管理部门。',
    '三、职责分工',
    '市交通运输局运输管理科负责专项检查的统筹协调。',
  ].join('\n\n');
  const sends = assistantFor({ '危货通知.txt': SENDS });

  it('报给谁 names the unit the report goes to, read past the 报告表 before it, not who leads', async () => {
    const a = await sends().ask({ question: '发现重大事故隐患要多长时间内报？报给谁？' });
    expect(a.answer).toContain('报送（报告）对象：市交通运输局[');
    expect(a.answer).not.toContain('负责（牵头）');
  });

  it('交给谁 after a noun 报告 (自查报告报送…) gives the unit alone', async () => {
    const a = await sends().ask({ question: '运输企业的自查报告最晚啥时候交？交给谁？' });
    expect(a.answer).toContain('报送（报告）对象：所在地县（区）交通运输局[');
  });
});

describe('a size against the scope article of the document asked about', () => {
  const BUILD = [
    '青川市房屋市政工程重大事故隐患判定细则',
    '第一条 为准确判定房屋市政工程重大事故隐患，制定本细则。',
    '第二条 本细则适用于本市房屋建筑和市政基础设施工程施工现场重大事故隐患的判定。',
    '第三条 工程投资额100万元以下或者建筑面积500平方米以下的小型工程，不适用本细则。',
    '第四条 起重机械有下列情形之一的，应当判定为重大事故隐患：',
    '（一）塔式起重机未办理使用登记即投入使用的；',
    '（二）起重机械安装拆卸单位未取得相应资质的。',
    '第五条 施工现场存在本细则第四条规定以外的其他情形，经3名以上专家论证，可以判定为重大事故隐患。',
    '第六条 厂房改造工程有下列情形之一的，应当判定为重大事故隐患：',
    '（一）厂房改造拆除作业未编制专项施工方案的；',
    '（二）厂房改造中擅自拆改承重结构的；',
    '（三）园区内老厂房改造未经结构安全鉴定即施工的。',
    '第七条 园区管理机构应当督促园区内改造工程落实重大事故隐患排查治理责任。',
    '第八条 重大事故隐患判定结果应当及时告知建设单位和监理单位。',
  ].join('\n\n');
  const build = assistantFor({ '判定细则.txt': BUILD });

  it('管不管得着 with 总投资才80万 is read against the exclusion 100万元以下, wherever that article ranks', async () => {
    const a = await build().ask({ question: '园区里有个老厂房改造，总投资才80万，那个重大隐患判定细则管不管得着？' });
    expect(a.answer.split('\n')[0]).toContain('您所说的80万元属于“100万元以下”的情形');
    expect(a.answer.split('\n')[0]).toContain('不适用本细则');
  });
});

describe('when a named document takes effect', () => {
  it('answers from the document itself, citing its 施行 sentence, not its issue date', async () => {
    const a = await ask('仓储企业隐患判定细则从哪天开始执行？');
    expect(a.supported).toBe(true);
    expect(a.answer).toContain('- 施行日期：2026-03-01（“本细则自2026年3月1日起施行”）[1]。');
    expect(a.citations[0]!.quote).toBe('本细则自2026年3月1日起施行');
  });

  const ZHOU = [
    '荻峦苗族侗族自治州人民政府关于印发深基坑和建筑起重机械施工安全管理规定的通知',
    '各县（市）人民政府：',
    '第一条 岩溶发育地区开挖深度超过3米的基坑工程，建设单位应当委托第三方监测。',
    '第二条 本规定自2026年1月1日起施行，有效期至2028年12月31日。',
  ].join('\n\n');
  const zhou = assistantFor({ '州规定.txt': ZHOU, '通知.txt': NOTICE });

  it('reads the only document of a named place as the one asked about (荻峦州那个规定)', async () => {
    const a = await zhou().ask({ question: '荻峦州深基坑那个规定从哪天开始执行？' });
    expect(a.answer).toContain('- 施行日期：2026-01-01（“本规定自2026年1月1日起施行”）');
  });

  const LAW = [
    '琇嵘省建设工程施工安全条例',
    '《琇嵘省人民代表大会常务委员会关于修改〈琇嵘省建设工程施工安全条例〉的决定》已由琇嵘省第十四届人民代表大会常务委员会第十六次会议于2025年5月30日通过，现予公布，自2025年7月1日起施行。',
    '（2012年9月28日琇嵘省第十一届人民代表大会常务委员会第三十二次会议通过　根据2025年5月30日琇嵘省第十四届人民代表大会常务委员会第十六次会议《关于修改〈琇嵘省建设工程施工安全条例〉的决定》修正）',
    '第一章　总则',
    '第一条　为了加强建设工程施工安全管理，制定本条例。',
    '第二条　本条例自2013年1月1日起施行。',
  ].join('\n\n');
  const law = assistantFor({ '条例.txt': LAW, '通知.txt': NOTICE });

  it('gives the last revision and the day the amended text applies, from the law’s history and its 公告', async () => {
    const a = await law().ask({ question: '琇嵘省建设工程施工安全条例最近这次修改是哪天通过的？从哪天起执行？' });
    expect(a.answer).toContain('- 最近一次修正：2025-05-30（“2025年5月30日琇嵘省第十四届人民代表大会常务委员会第十六次会议《关于修改〈琇嵘省建设工程施工安全条例〉的决定》修正”）');
    expect(a.answer).toContain('- 修改后的施行日期：2025-07-01');
    expect(a.answer).not.toContain('施行日期：2013-01-01');
  });

  it('gives the amended text’s day to 哪天开始执行, and the first text’s days to 最早哪天通过、哪天施行', async () => {
    const now = await law().ask({ question: '琇嵘省建设工程施工安全条例哪天开始执行？' });
    expect(now.answer).toContain('- 修改后的施行日期：2025-07-01');
    const first = await law().ask({ question: '琇嵘省建设工程施工安全条例最早是哪天通过、哪天施行的？' });
    expect(first.answer).toContain('- 通过日期：2012-09-28（“2012年9月28日琇嵘省第十一届人民代表大会常务委员会第三十二次会议通过”）');
    expect(first.answer).toContain('- 施行日期：2013-01-01（“本条例自2013年1月1日起施行”）');
    expect(first.answer).not.toContain('2025-07-01');
  });

  it('answers 到2029年还管用吗 with its 有效期, and says the year lies past it', async () => {
    const a = await zhou().ask({ question: '荻峦州那个深基坑规定，到2029年还管用吗？' });
    expect(a.supported).toBe(true);
    expect(a.answer).toContain('- 有效期：至2028-12-31（“第二条 本规定自2026年1月1日起施行，有效期至2028年12月31日。”）[1]；2029年已不在有效期内');
  });
});

describe('why a rule is so', () => {
  it('gives the purpose the document states, and refuses a reason it does not give', async () => {
    const purpose = await ask('为什么要制定这个仓储企业重大隐患判定细则？');
    expect(purpose.answer.split('\n')[0]).toBe('文件写明的目的：“第一条 为准确判定仓储企业重大事故隐患，制定本细则。”[1]');
    const why = await ask('细则为什么把作业人员的门槛定成12人，而不是10人？');
    expect(why.supported).toBe(false);
    expect(why.answer.split('\n')[0]).toBe('文件中没有找到这样规定的理由或背景（文件只写规定本身，没有说明为什么）。');
  });
});

describe('a size the asker states, against a 不超过 threshold', () => {
  it('reads 不超过10吨 as at most 10吨, not more than 10吨', async () => {
    const small = await assistantOver({
      '小型储存点细则.txt': '青川市小型液氨储存点安全管理细则\n\n第一条 为加强小型液氨储存点安全管理，制定本细则。\n\n第二条 本细则适用于液氨储存量不超过10吨的小型液氨储存点。\n\n第三条 储存点应当每月开展一次安全检查。\n',
    });
    try {
      const a = await small.assistant.ask({ question: '我们冷库液氨储存量正好10吨，这个细则适用吗？' });
      expect(a.answer.split('\n')[0]).toMatch(/^您所说的10吨属于“不超过10吨”的情形/u);
    } finally {
      await small.close();
    }
  });
});

describe('a list asked for a part of the year', () => {
  // Fictional county drill plan: a Markdown table whose 计划时间 column spreads over the year.
  const PLAN = [
    '# 青川市东坪县2026年度安全生产应急演练计划',
    '## 一、演练计划',
    ['| 序号 | 演练科目 | 组织单位 | 计划时间 |', '| --- | --- | --- | --- |', '| 1 | 危险货物运输车辆泄漏事故应急演练 | 县交通运输局 | 2026年4月下旬 |', '| 2 | 商业综合体火灾疏散演练 | 县消防救援大队 | 2026年6月 |', '| 3 | 有限空间中毒窒息事故应急演练 | 县应急管理局 | 2026年8月 |', '| 4 | 森林火灾扑救应急演练 | 县林业局 | 2026年11月 |'].join('\n'),
  ].join('\n\n');
  const drills = assistantFor({ '演练计划.md': PLAN });

  it('lists only the rows planned in that part of the year', async () => {
    const a = await drills().ask({ question: '东坪县上半年安排了哪些应急演练？' });
    expect(a.answer).toContain('危险货物运输车辆泄漏事故应急演练');
    expect(a.answer).not.toContain('有限空间中毒窒息事故应急演练');
    expect(a.answer).not.toContain('森林火灾扑救应急演练');
  });
});

describe('a count or an amount the documents do not state', () => {
  const FORKLIFTS = [
    '关于加强仓储企业叉车安全管理的通知',
    '一、在用叉车10台以上的仓储企业，应当配备专职特种设备安全管理员。',
    '二、推行叉车安全责任保险试点，由市市场监督管理局牵头。',
  ].join('\n\n');
  const forklifts = assistantFor({ '叉车通知.txt': FORKLIFTS });

  it('does not give a threshold a rule sets (10台以上) as how many there are', async () => {
    const a = await forklifts().ask({ question: '全市现在一共有多少台在用叉车？' });
    expect(a.supported).toBe(false);
    expect(a.answer.split('\n')[0]).toContain('具体数量');
  });

  it('refuses an insurance amount no clause states', async () => {
    const a = await forklifts().ask({ question: '叉车安全责任保险试点每台保额是多少？' });
    expect(a.supported).toBe(false);
    expect(a.answer.split('\n')[0]).toContain('具体金额');
  });
});

describe('words that name no place or unit the documents lack', () => {
  const NOTICE_OF_COUNTY = [
    '关于做好危险化学品安全监管工作的通知',
    '一、县应急管理局每月组织一次对化工园区内重大危险源企业的专项检查。',
    '二、危险化学品经营许可证由市应急管理局核发。',
  ].join('\n\n');
  const county = assistantFor({ '县通知.txt': NOTICE_OF_COUNTY });

  it.each([
    ['省里要求每季度查一遍园区，县应急局对园区重大危险源企业多久查一次？', '每月'],
    ['经营许可证是区里办还是市里办？', '市应急管理局'],
  ])('%s is answered (查一遍园区, 区里办 name no place or unit)', async (question, said) => {
    const a = await county().ask({ question });
    expect(a.supported).toBe(true);
    expect(a.answer).toContain(said);
  });
});

describe('a message that asks the same kind of fact twice', () => {
  const NOTICE_OF_LIFTS = [
    '关于开展商场电梯专项检查的通知',
    '一、检查组在检查中发现重大事故隐患的，应当在2小时内报告区安委办。',
    '二、使用单位发现电梯重大事故隐患后，应当在24小时内向区市场监督管理局书面报告，并立即停止使用。',
    '三、各街道办事处于每月28日前报送检查进展。',
  ].join('\n\n');
  const lifts = assistantFor({ '电梯通知.txt': NOTICE_OF_LIFTS });

  it('answers each part from the sentence about it', async () => {
    const a = await lifts().ask({ question: '查出重大隐患，检查组多长时间内要报区安委办？使用单位多长时间内向区市场监督管理局书面报告？' });
    const first = a.answer.split('\n')[0]!;
    expect(first).toContain('2小时内');
    expect(first).toContain('24小时内');
  });
});

describe('a standard’s clauses by their numbers', () => {
  const STANDARD = [
    '# 某省地方标准 尾矿库安全监测技术规范',
    '',
    '### 1 范围',
    '',
    '本文件规定了尾矿库安全监测的一般要求。',
    '',
    '### 5 监测频次',
    '',
    '5.1尾矿库安全监测频次不应低于表1的规定。',
    '',
    '5.2在线安全监测系统的数据采集间隔不应大于1小时。',
    '',
    '5.21人工监测记录应当保存3年。',
  ].join('\n');
  const standard = assistantFor({ '监测规范.md': STANDARD });

  it('gives the text of 第5.2条, not of 5.1 or 5.21', async () => {
    const a = await standard().ask({ question: '监测规范第5.2条是怎么规定的？' });
    expect(a.answer.split('\n').slice(0, 2).join('\n')).toContain('5.2在线安全监测系统的数据采集间隔不应大于1小时');
    expect(a.answer.split('\n').slice(0, 2).join('\n')).not.toContain('5.21');
  });

  it('refuses 第8.2条, which the standard does not have', async () => {
    const a = await standard().ask({ question: '监测规范第8.2条是怎么规定的？' });
    expect(a.supported).toBe(false);
    expect(a.answer.split('\n')[0]).toContain('第8.2条');
  });
});

describe('a word before 县 that is no place, beside the national laws', () => {
  const LAW = ['中华人民共和国安全生产法', '（2002年6月29日第九届全国人民代表大会常务委员会第二十八次会议通过）', '第一条 为了加强安全生产工作，制定本法。', '第二条 在中华人民共和国领域内从事生产经营活动的单位的安全生产，适用本法。'].join('\n\n');
  const NOTICE_OF_COUNTY = ['苎岩县安全生产委员会关于加强尾矿库安全监管的通知', '一、县应急管理局对下游有居民的尾矿库每月至少检查一次。'].join('\n\n');
  const county = assistantFor({ '安全生产法.txt': LAW, '县通知.txt': NOTICE_OF_COUNTY });

  it('is not refused as a place with no document when national texts are held', async () => {
    const a = await county().ask({ question: '我们尾矿库下面就是村子，县应急局一年来查几回？' });
    expect(a.answer.split('\n')[0]).not.toContain('村子县');
  });
});

describe('a size the asker states, against bands of a threshold', () => {
  const BANDS = [
    '琇嵘省建设工程施工安全条例',
    '第十三条 施工单位应当按照下列规定为项目配备专职安全生产管理人员：',
    '（一）建筑面积1万平方米以下的工程，不少于2名；',
    '（二）建筑面积1万平方米以上5万平方米以下的工程，不少于3名；',
    '（三）建筑面积5万平方米以上的工程，不少于4名。',
  ].join('\n');
  const bands = assistantFor({ '条例.txt': BANDS });

  it('places 8万平方米 in the band whose every bound it meets', async () => {
    const a = await bands().ask({ question: '我们有个8万平方米的住宅项目，专职安全员最少配几个？' });
    expect(a.answer.split('\n')[0]).toMatch(/^您所说的8万平方米属于“5万平方米以上”的情形：“（三）建筑面积5万平方米以上的工程，不少于4名。”/u);
  });

  it('compares nothing when the asker states a range (1万平方米以下的项目)', async () => {
    const a = await bands().ask({ question: '1万平方米以下的项目，专职安全员最少配几个？' });
    expect(a.answer).not.toContain('您所说的');
  });
});

describe('a message asking one thing of two documents (消防法要求多久一次？青川市条例呢？)', () => {
  const LAW = ['中华人民共和国消防法', '第十六条 机关、团体、企业、事业等单位应当对建筑消防设施每年至少进行一次全面检测，确保完好有效。'].join('\n\n');
  const CITY = ['青川市人员密集场所消防安全管理条例', '（2024年6月20日青川市第十七届人民代表大会常务委员会第十二次会议通过）', '第九条 人员密集场所的经营管理单位应当每半年至少委托消防技术服务机构对建筑消防设施进行一次全面检测。'].join('\n\n');
  const two = assistantFor({ '消防法.txt': LAW, '青川市条例.txt': CITY });

  it('answers each part from the document it names, each value named by its document', async () => {
    const a = await two().ask({ question: '建筑消防设施检测，消防法要求多久一次？青川市条例呢？' });
    expect(a.answer.split('\n')[0]).toMatch(/^频次：《中华人民共和国消防法》每年至少一次\[\d\]；《青川市人员密集场所消防安全管理条例》每半年[^\[]*\[\d\]$/u);
  });

  // (a 条例 with many articles on the subject, which would take every quote)
  const CITY_MORE = [CITY, ...['第十条 建筑消防设施的维护保养记录应当存档备查。', '第十一条 建筑消防设施不得擅自停用或者拆除。', '第十二条 建筑消防设施故障的，应当及时维修。', '第十三条 建筑消防设施的检测报告应当报消防救援机构备案。'], '第十四条 建筑消防设施应当设置明显标识。'].join('\n\n');
  const many = assistantFor({ '消防法.txt': LAW, '青川市条例.txt': CITY_MORE });

  it('quotes each document named when the parts ask no fact (消防法怎么规定？青川市条例有什么要求？)', async () => {
    const a = await many().ask({ question: '建筑消防设施，消防法是怎么规定的？青川市条例又有什么要求？' });
    expect(new Set(a.citations.map((c) => c.title))).toEqual(new Set(['中华人民共和国消防法', '青川市人员密集场所消防安全管理条例']));
  });
});

describe('a question about a document its place holds among others (青川市综合体火灾应急预案是哪天印发的)', () => {
  const RULES = ['青川市人员密集场所消防安全管理条例', '（2024年6月20日青川市第十七届人民代表大会常务委员会第十二次会议通过）', '第一条 为了加强人员密集场所消防安全管理，制定本条例。', '第三十条 本条例自2024年10月1日起施行。'].join('\n\n');
  const PLAN = ['青川市人民政府办公厅关于印发青川市大型商业综合体火灾事故应急预案的通知', '各区人民政府：', '经市政府同意，现将《青川市大型商业综合体火灾事故应急预案》印发给你们，请认真组织实施。', '青川市人民政府办公厅', '2026年4月8日', '青川市大型商业综合体火灾事故应急预案', '1 总则', '1.1 本预案适用于本市大型商业综合体火灾事故的应对。', '8 附则', '8.1 本预案自印发之日起实施，有效期5年。'].join('\n\n');
  const both = assistantFor({ '条例.txt': RULES, '预案.txt': PLAN });

  it('answers from the document named, not the first document of its place', async () => {
    const a = await both().ask({ question: '青川市综合体火灾应急预案是哪天印发的？管几年？' });
    expect(a.answer.split('\n')[0]).toBe('《青川市人民政府办公厅关于印发青川市大型商业综合体火灾事故应急预案的通知》：');
    expect(a.answer).toContain('- 有效期：至2031-04-07（“8.1本预案自印发之日起实施，有效期5年。”）');
  });
});

describe('a question about how many there were (去年死了几个人)', () => {
  const RULES = ['青川市渔业船舶事故报告规定', '第三条 渔业船舶发生造成1人以上死亡的事故，船东应当在30分钟内报告。', '第四条 本规定自2024年1月1日起施行。'].join('\n\n');
  const one = assistantFor({ '规定.txt': RULES });

  it('is not answered with a threshold a rule sets, which a question about the rule still gets', async () => {
    const events = await one().ask({ question: '青川市去年渔船事故一共死了几个人？' });
    expect(events.answer).not.toMatch(/^人数：/u);
    const rule = await one().ask({ question: '青川市渔船事故死几个人以上船东要在30分钟内报告？' });
    expect(rule.answer.split('\n')[0]).toContain('1人以上');
  });
});
