import { describe, expect, it } from 'vitest';
import { ACROSS_DOCS, ASKS_ALL_OBLIGATIONS, ASKS_LEVELS, ASKS_AMOUNT, ASKS_COOPERATE, ASKS_DUTY, ASKS_LEAD, ASKS_LIST, ASKS_METADATA, ASKS_REFERENCE, ASKS_SOMETHING, ASKS_TASKS, KEEPS_INTENT, LATER_THAN, LEANS_ON_CONTEXT, SELF_ENTERPRISE, INSPECTS_ENTERPRISE, ASKS_CLOCK, ASKS_LEAD_ROWS, NAMES_LEVEL } from './cues.js';
import { loadLexicon } from '../lexicon/lexicon.js';
import { conceptsAsked, readCues, statedQuantities, unitNamed } from './analyze-question.js';
import type { Duty } from '../schemas.js';

const table: Array<[string, RegExp, string[], string[]]> = [
  ['ASKS_DUTY', ASKS_DUTY, ['归哪个处管', '由谁负责', '哪些局配合', '唱主角还是配合'], ['多久一次', '主要内容是什么']],
  ['LEANS_ON_CONTEXT', LEANS_ON_CONTEXT, ['那县里的呢', '换成船舶行业', '这块谁管', '演练呢？', '我们是北岸区的，区里是不是要求更高？'], ['民爆企业值班有啥要求？']],
  ['ASKS_LEVELS', ASKS_LEVELS, ['国家怎么规定、我们省有没有更严的', '区里是不是要求更高？'], ['鹭洲区的小微企业，区里有补贴吗？', '2021年12月小区里出的事能按它处理吗？']],
  ['KEEPS_INTENT', KEEPS_INTENT, ['那疏散逃生演练呢？', '换成废旧物资回收企业呢', '还有别的吗'], ['这块谁管', '民爆企业要值班吗']],
  ['ASKS_COOPERATE', ASKS_COOPERATE, ['哪些局配合', '谁来协助'], ['谁牵头']],
  ['ASKS_LEAD', ASKS_LEAD, ['谁牵头', '由哪个处负责', '责任主体是谁', '归哪个处管'], ['主要负责人要做什么', '多久一次']],
  ['ASKS_TASKS', ASKS_TASKS, ['化工处负责哪些事', '安全生产科有哪些任务', '消防大队配合哪一项工作', '我们要干什么', '我们科牵头的活儿都有哪些', '市商务局具体管什么'], ['谁牵头']],
  ['ASKS_LIST', ASKS_LIST, ['分几个阶段', '重点排查哪些', '每段干什么', '有几类'], ['什么时候完成']],
  ['ACROSS_DOCS', ACROSS_DOCS, ['济宁和文登各自怎么规定', '济宁和文登的自查各是什么频率', '两份文件有什么不同', '跟省里比严在哪', '跟市里通知的时间一样吗', '报告时限一样吗'], ['文登怎么规定']],
  ['ASKS_REFERENCE', ASKS_REFERENCE, ['依据的是哪个标准', '引了哪些上级文件', '按照什么执行'], ['谁牵头']],
  ['ASKS_AMOUNT', ASKS_AMOUNT, ['每家能拿多少补助资金', '罚款金额是多少', '补贴标准是多少', '托管费用标准是多少'], ['要多少人', '多少次']],
  ['ASKS_SOMETHING', ASKS_SOMETHING, ['实在弄不完能延多久', '配合单位变没变', '那现在还是这样吗', '这条谁牵头'], ['我们是文登的民爆销售公司', '挂牌督办的重大隐患']],
  ['LATER_THAN', LATER_THAN, ['2023年以后还有什么安排', '2025 年之后'], ['2023年底前', '2025年']],
  ['ASKS_ALL_OBLIGATIONS', ASKS_ALL_OBLIGATIONS, ['要遵守哪些规定', '适用哪些要求', '有哪些义务', '哪些规定适用我们'], ['能不能充电', '哪些情形算重大隐患']],
  ['INSPECTS_ENTERPRISE', INSPECTS_ENTERPRISE, ['区应急局去查一家机械厂的有限空间管理', '明天检查一家危化品仓储企业'], ['区应急局要干什么', '一家都没查']],
  ['ASKS_CLOCK', ASKS_CLOCK, ['几点之前报', '每天几点'], ['多久报一次']],
  ['ASKS_LEAD_ROWS', ASKS_LEAD_ROWS, ['我们科牵头的活儿', '牵头哪些任务'], ['谁牵头', '哪几项把我们列成配合单位']],
  ['SELF_ENTERPRISE', SELF_ENTERPRISE, ['我们是文登的民爆销售公司', '我司', '我们企业'], ['县工信局要做什么', '我们局']],
  ['ASKS_METADATA.number', ASKS_METADATA.number, ['文号是多少', '发文字号'], ['第几号文件发的时间']],
  ['ASKS_METADATA.issuer', ASKS_METADATA.issuer, ['谁发的', '发文单位是哪个'], ['谁牵头']],
  ['ASKS_METADATA.span', ASKS_METADATA.span, ['管到哪年', '哪几年', '时间范围'], ['哪天印发']],
];

describe.each(table)('%s', (_name, re, examples, nonExamples) => {
  it.each(examples)('matches %s', (s) => expect(re.test(s)).toBe(true));
  it.each(nonExamples)('does not match %s', (s) => expect(re.test(s)).toBe(false));
});

describe('readCues', () => {
  it('reads 谁配合 as a cooperate question only, and 谁牵头谁配合 as both', () => {
    expect(readCues('哪些局配合？')).toMatchObject({ cooperate: true, lead: false });
    expect(readCues('这条谁牵头、谁配合')).toMatchObject({ cooperate: true, lead: true });
  });

  it('reads the year of 以后 and the parts of a metadata question', () => {
    expect(readCues('2025年以后呢').laterThan).toBe(2025);
    expect(readCues('什么时候').laterThan).toBeUndefined();
    expect(readCues('文号和发文日期是什么').metadata).toEqual({ number: true, date: true, issuer: false, span: false, effective: false, valid: false, revision: false, first: false, passed: false });
    expect(readCues('条例最早是哪天通过、哪天施行的？').metadata).toMatchObject({ first: true, passed: true, revision: false });
    expect(readCues('条例最近这次修改是哪天通过的？').metadata).toMatchObject({ revision: true });
    expect(readCues('条例修订后是哪天开始施行的？').metadata).toMatchObject({ revision: false, effective: true });
    expect(readCues('那个规定到2029年还管用吗？').metadata).toMatchObject({ valid: true });
    // (对我们还管用吗 asks whether it applies to the asker)
    expect(readCues('省里的条例对我们还管用吗？').metadata).toMatchObject({ valid: false });
    expect(readCues('这个细则从哪天开始执行？管几年？').metadata).toMatchObject({ effective: true, span: true });
  });
});

describe('conceptsAsked and unitNamed', () => {
  it('finds concepts longest first without repeating one inside another', () => {
    expect(conceptsAsked('特种作业人员持证上岗有啥要求？', ['特种作业人员', '特种作业', '持证上岗'])).toEqual(['特种作业人员', '持证上岗']);
  });

  it('names the longest unit of the duty matrix in the question', () => {
    const duty = (lead: string[], cooperate: string[]) => ({ lead, cooperate }) as unknown as Duty;
    const duties = [duty(['化工处'], ['安全生产科']), duty(['市化工处'], [])];
    expect(unitNamed('市化工处负责哪些事', duties)).toBe('市化工处');
    expect(unitNamed('安全生产科要干什么', duties)).toBe('安全生产科');
    expect(unitNamed('谁牵头', duties)).toBeUndefined();
  });

  it('reads a unit named without its level as the first such unit listed, and a named level as that level', () => {
    const duty = (lead: string[], cooperate: string[]) => ({ lead, cooperate }) as unknown as Duty;
    const duties = [duty(['市应急管理局'], ['市工业和信息化局']), duty(['区应急管理局'], ['区工业和信息化局'])];
    const aliases = loadLexicon().aliases;
    expect(unitNamed('工信局在这次检查里管什么事？', duties, aliases)).toBe('市工业和信息化局');
    expect(unitNamed('区工信局在这次检查里管什么事？', duties, aliases)).toBe('区工业和信息化局');
    expect(unitNamed('检查期间有什么要求', duties, aliases)).toBeUndefined();
    // 港务局, 港口局 are the everyday names of a 港口管理局 (alias data)
    expect(unitNamed('这事是港务局牵头吧？', [duty(['市港口管理局'], [])], aliases)).toBe('市港口管理局');
  });
});

describe('statedQuantities', () => {
  it.each([
    ['层高7米5，不到8米，但是有根大梁跨度20米', ['7.5米 层高', '20米 跨度']],
    ['我们液氨有12吨，车间8个人', ['12吨 氨有', '8人 车间']],
    ['总投资才80万，超过50人了吗', ['80万元 资才']],
    ['县应急局对企业的专项检查一年有几次？', []],
    ['港口企业发现重大隐患是24小时内报，工地上的呢？', []],
    ['学校、医院自己多久做一次防火检查？', []],
    ['街边一个500平的超市归网格员巡查吗？', ['500平方米 一个']],
    ['2023年那个办法刚出来的时候，记录要留几年？', []],
    ['我们有个8万平方米的住宅项目，仓库存了2万吨', ['80000平方米 有个', '20000吨 存了']],
  ])('reads what the asker states about itself in %s, not what it compares with', (question, expected) => {
    expect(statedQuantities(question).map((q) => `${q.number}${q.unit} ${q.context}`)).toEqual(expected);
  });
});

describe('NAMES_LEVEL', () => {
  const kinds = (q: string) => NAMES_LEVEL.filter((l) => l.re.test(q)).map((l) => l.level);
  it.each([
    ['萸州开餐馆，关于燃气报警器，国家、省、市三级分别是怎么要求的？', ['national', 'province', 'city']],
    ['省里和市里各有什么学时要求？', ['province', 'city']],
    ['我们是北岸区的，区里是不是要求更高？', ['district']],
    ['萸州市的餐馆多久检查一次？', []],
  ])('%s names %j', (q, expected) => expect(kinds(q)).toEqual(expected));
});
