import { describe, expect, it } from 'vitest';
import {
  EFFECTIVE,
  GOVERNMENT_ORDER,
  HISTORY_ACTION,
  HISTORY_BODY,
  LOCAL_LEGISLATURE,
  MINISTRY_ORDER,
  NATIONAL_ISSUER,
  NATIONAL_LAW_TITLE,
  NORMATIVE_DOC_NUMBER,
  NORMATIVE_TITLE,
  PROVISION,
  REPEALS,
  RULES_NAMED_IN_QUESTION,
  STATE_COUNCIL,
  TITLE_PERIOD,
  VALID_FOR_YEARS,
  VALID_UNTIL,
  VIOLATED_PROVISIONS,
  WORK_DOCUMENT_TITLE,
} from './legal.js';

const groups = (re: RegExp, s: string) => [...s.matchAll(re)].map((m) => m.slice(1).filter((g) => g !== undefined));

describe('EFFECTIVE', () => {
  it.each([
    ['第一百一十九条 本法自2002年11月1日起施行。', ['法', '2002', '11', '1']],
    ['第十六条 本细则自2025年3月1日起施行，有效期至2027年2月28日。', ['细则', '2025', '3', '1']],
    ['第七十条 本条例自2010年 9月1日起施行。', ['条例', '2010', '9', '1']],
    ['第二十四条 本条例自公布之日起施行。', ['条例', '公布']],
    ['本通知自印发之日起执行。', ['通知', '印发']],
    ['第五十一条 本办法自2022年7月1日起施行。', ['办法', '2022', '7', '1']],
  ])('%s → %j', (s, found) => expect(groups(EFFECTIVE, s)).toEqual([found]));

  it.each(['修改后的第二条自2025年7月1日起施行。', '自本通知印发之日起，《分工方案》第5项任务改由科技和信息化科牵头', '请于2025年5月20日前报送', '本条例施行前已经取得的许可'])(
    '%s is not the document’s own entry into force',
    (s) => expect(groups(EFFECTIVE, s)).toEqual([]),
  );
});

describe('VALID_UNTIL and VALID_FOR_YEARS (after the effective statement)', () => {
  it.each([
    ['，有效期至2027年2月28日。', ['2027', '2', '28']],
    ['； 有效期至2026年12月31日', ['2026', '12', '31']],
  ])('%s → %j', (s, found) => expect(VALID_UNTIL.exec(s)?.slice(1)).toEqual(found));
  it.each([
    ['，有效期2年。', '2'],
    ['，有效期为三年。', '三'],
  ])('%s → %s years', (s, years) => expect(VALID_FOR_YEARS.exec(s)?.[1]).toBe(years));
  it.each(['。安全生产许可证的有效期为3年', '在检验合格有效期届满前一个月'])('%s sets no validity', (s) => {
    expect(VALID_UNTIL.test(s)).toBe(false);
    expect(VALID_FOR_YEARS.test(s)).toBe(false);
  });
});

describe('TITLE_PERIOD', () => {
  it.each([
    ['全区工信系统安全生产治本攻坚三年行动实施方案（2024-2026年）', '2026'],
    ['专项整治三年行动方案(2020—2022年)', '2022'],
  ])('%s ends in %s', (s, last) => expect(TITLE_PERIOD.exec(s)?.[2]).toBe(last));
  it.each(['宁工信安委发〔2019〕19号', '2025年重点任务分工方案'])('%s has no period', (s) => expect(TITLE_PERIOD.test(s)).toBe(false));
});

describe('history lines', () => {
  it.each([
    ['第九届全国人民代表大会常务委员会第二十八次会议通过', '通过'],
    ['第十三届全国人民代表大会常务委员会第二十九次会议《关于修改<中华人民共和国安全生产法>的决定》第三次修正', '修正'],
    ['汕头市第十五届人民代表大会常务委员会第十二次会议修订通过', '修订通过'],
    ['浙江省第十二届人民代表大会常务委员会第二十九次会议修订根据', '修订'],
    ['北京市第十三届人民代表大会常务委员会第二十五次会议修订）', '修订'],
    ['中华人民共和国国务院令第397号公布', '公布'],
    ['施行', '施行'],
  ])('%s ends with %s', (s, action) => {
    expect(HISTORY_ACTION.exec(s)?.[1]).toBe(action);
    expect(HISTORY_BODY.test(s)).toBe(true);
  });
  it.each(['河南省第十三届人民代表大会常务委员会第二十七次会议批准', '起施行', '前，各区完成自查并报送'])('%s is no history entry of the text', (s) => {
    expect(HISTORY_ACTION.test(s) && HISTORY_BODY.test(s)).toBe(false);
  });
});

describe('level marks', () => {
  it.each([
    [NATIONAL_LAW_TITLE, '中华人民共和国安全生产法', true],
    [NATIONAL_LAW_TITLE, '广东省实施《中华人民共和国消防法》办法', false],
    [LOCAL_LEGISLATURE, '1995年10月27日 上海市第十届人民代表大会常务委员会第二十二次会议通过', true],
    [LOCAL_LEGISLATURE, '2002年6月29日 第九届全国人民代表大会常务委员会第二十八次会议通过', false],
    [STATE_COUNCIL, '2002年1月26日 中华人民共和国国务院令第344号公布', true],
    [STATE_COUNCIL, '2011年2月16日 国务院第144次常务会议修订通过', true],
    [STATE_COUNCIL, '国务院安全生产委员会办公室', false],
    [MINISTRY_ORDER, '应急管理部令第2号', true],
    [MINISTRY_ORDER, '国家安全生产监督管理总局令第36号', true],
    [MINISTRY_ORDER, '河南省人民政府令第123号', false],
    [GOVERNMENT_ORDER, '河南省人民政府令第123号', true],
    [GOVERNMENT_ORDER, '白应急〔2025〕12号', false],
    [NORMATIVE_DOC_NUMBER, '白应急规〔2025〕2号', true],
    [NORMATIVE_DOC_NUMBER, '白应急〔2025〕58号', false],
    [NORMATIVE_TITLE, '白河市危险化学品储存和涉氨制冷企业重大事故隐患判定细则（试行）', true],
    [NORMATIVE_TITLE, '2025年危险化学品和涉氨制冷安全监管重点任务分工方案', false],
    [WORK_DOCUMENT_TITLE, '关于开展危险化学品储存企业和涉氨制冷企业安全专项检查的通知', true],
    [WORK_DOCUMENT_TITLE, '舞钢市产业区安全专项整治三年行动实施方案', true],
    [WORK_DOCUMENT_TITLE, '河南省消防条例', false],
    [NATIONAL_ISSUER, '应急管理部', true],
    [NATIONAL_ISSUER, '国家矿山安全监察局', true],
    [NATIONAL_ISSUER, '白河市应急管理局', false],
  ] as const)('%s on %s → %s', (re, s, expected) => expect(re.test(s)).toBe(expected));
});

describe('RULES_NAMED_IN_QUESTION', () => {
  it.each([
    ['云岫市危险化学品安全管理办法里对加油站储罐清洗有什么规定？', ['云岫市危险化学品安全管理办法']],
    ['我们在长沙市安全生产条例第十条里看到的', ['长沙市安全生产条例']],
    ['南阳市有什么规定？', []],
    ['枫渡市的有限空间办法里怎么说', []],
    ['省里的安全生产条例、市里的有限空间办法，哪些管我们？', []],
  ])('%s → %j', (s, titles) => expect(groups(RULES_NAMED_IN_QUESTION, s).map((g) => g[0])).toEqual(titles));
});

describe('REPEALS', () => {
  it.each([
    ['1984年1月6日国务院发布的《中华人民共和国民用爆炸物品管理条例》同时废止。', ['《中华人民共和国民用爆炸物品管理条例》']],
    ['《煤矿安全监察条例》和《国务院关于预防煤矿生产安全事故的特别规定》同时废止。', ['《煤矿安全监察条例》和《国务院关于预防煤矿生产安全事故的特别规定》']],
    ['《杭州市建筑工程防火管理条例》同时废止。', ['《杭州市建筑工程防火管理条例》']],
  ])('%s → %j', (s, found) => expect(groups(REPEALS, s).map((g) => g[0])).toEqual(found));
  it.each(['2013年7月18日 《国务院关于废止和修改部分行政法规的决定》第一次修订', '对《分工方案》第9项不再执行'])('%s repeals nothing', (s) => expect(groups(REPEALS, s)).toEqual([]));
});

describe('VIOLATED_PROVISIONS and PROVISION', () => {
  const provisions = (s: string) => [...s.matchAll(VIOLATED_PROVISIONS)].flatMap((m) => [...m[1]!.matchAll(PROVISION)].map((p) => [p[1], p[2], p[3]].filter((x) => x).join('|')));

  it.each([
    ['违反本条例第三十三条第三项规定的，由消防救援机构或者公安机关责令改正；拒不改正的，处以二百元罚款。', ['第三十三条|三|项']],
    ['违反本办法第十二条、第十三条规定的，责令改正', ['第十二条', '第十三条']],
    ['违反本法第二十一条第二款的规定，处二万元以上十万元以下罚款', ['第二十一条|二|款']],
  ])('reads the breached provisions of %s', (sentence, expected) => {
    expect(provisions(sentence)).toEqual(expected);
  });

  it.each(['违反本条例规定的行为，法律、法规已有法律责任规定的，从其规定。', '依照本条例第三十三条的规定执行'])('reads none in %s', (sentence) => {
    expect(provisions(sentence)).toEqual([]);
  });
});
