import { describe, expect, it } from 'vitest';
import { loadLexicon } from '../core/lexicon/lexicon.js';
import { readEffective, readHistory, readLegalMetadata } from './legal-metadata.js';

const places = loadLexicon().places;

describe('readHistory', () => {
  it('reads a law’s header lines as dated actions, oldest first', () => {
    const header = [
      '2002年6月29日  第九届全国人民代表大会常务委员会第二十八次会议通过',
      '2009年8月27日第十一届全国人民代表大会常务委员会第十次会议《关于修改部分法律的决定》第一次修正',
      '2021年6月10日 第十三届全国人民代表大会常务委员会第二十九次会议《关于修改<中华人民共和国安全生产法>的决定》第三次修正',
    ].join('');
    expect(readHistory(header)).toEqual([
      { date: '2002-06-29', action: '通过', text: '2002年6月29日 第九届全国人民代表大会常务委员会第二十八次会议通过' },
      { date: '2009-08-27', action: '修正', text: '2009年8月27日 第十一届全国人民代表大会常务委员会第十次会议《关于修改部分法律的决定》第一次修正' },
      { date: '2021-06-10', action: '修正', text: '2021年6月10日 第十三届全国人民代表大会常务委员会第二十九次会议《关于修改<中华人民共和国安全生产法>的决定》第三次修正' },
    ]);
  });

  it.each([
    // two entries on one line, the second closed by a stray bracket
    ['1999年11月27日 广东省第九届人民代表大会常务委员会第十三次会议通过\n2010年7月23日 广东省第十一届人民代表大会常务委员会第二十次会议第一次修订  2022年3月29日广东省第十三届人民代表大会常务委员会第四十一次会议第二次修订）', ['1999-11-27 通过', '2010-07-23 修订', '2022-03-29 修订']],
    // …修订根据2017年…: the dangling 根据 belongs to the next entry
    ['2016年5月27日 浙江省第十二届人民代表大会常务委员会第二十九次会议修订根据2017年11月30日浙江省第十二届人民代表大会常务委员会第四十五次会议《关于修改〈浙江省水资源管理条例〉等十九件地方性法规的决定》第一次修正', ['2016-05-27 修订', '2017-11-30 修正']],
    // the province's 批准 is no action of the city's text
    ['2021年9月1日 南阳市第六届人民代表大会常务委员会第二十六次会议通过\n2021年9月29日 河南省第十三届人民代表大会常务委员会第二十七次会议批准', ['2021-09-01 通过']],
    ['2003年11月12日 国务院第28次常务会议通过\n2003年11月24日 中华人民共和国国务院令第393号公布\n2004年2月1日 施行', ['2003-11-12 通过', '2003-11-24 公布', '2004-02-01 施行']],
    // a notice's front matter and body dates are no history
    ['白河市应急管理局\n2025年2月10日\n本细则自2025年3月1日起施行', []],
  ])('%j → %j', (header, entries) => {
    expect(readHistory(header).map((r) => `${r.date} ${r.action}`)).toEqual(entries);
  });
});

describe('readEffective', () => {
  const history = readHistory('2004年1月13日 中华人民共和国国务院令第397号公布');
  it.each([
    ['第十五条 …\n第十六条 本细则自2025年3月1日起施行，有效期至2027年2月28日', {}, { effective: '2025-03-01', effectiveText: '本细则自2025年3月1日起施行', validUntil: '2027-02-28' }],
    ['第十八条 本细则自2025年5月1日起施行，有效期2年', {}, { effective: '2025-05-01', effectiveText: '本细则自2025年5月1日起施行', validUntil: '2027-04-30' }],
    ['第二十四条 本条例自公布之日起施行。', {}, { effective: '2004-01-13', effectiveText: '本条例自公布之日起施行' }],
    ['本通知自印发之日起施行。', { date: '2025-04-14' }, { effective: '2025-04-14', effectiveText: '本通知自印发之日起施行' }],
    // a 预案 says when it takes effect and for how long too
    ['8.3本预案自印发之日起实施，有效期5年。', { date: '2026-04-08' }, { effective: '2026-04-08', effectiveText: '本预案自印发之日起实施', validUntil: '2031-04-07' }],
    // a notice's own date is not its effective date; a change's date is not the notice's
    ['修改后的第二条自2025年7月1日起施行。', { date: '2025-06-20' }, {}],
    ['第九条 安全生产许可证的有效期为3年。', {}, {}],
    ['', { title: '全区工信系统安全生产治本攻坚三年行动实施方案（2024-2026年）' }, { validUntil: '2026-12-31' }],
  ])('%j', (text, known, expected) => {
    expect(readEffective(text, { title: '', ...known }, history)).toEqual(expected);
  });
});

describe('readLegalMetadata: level and place', () => {
  const LAW = '2002年6月29日 第九届全国人民代表大会常务委员会第二十八次会议通过';
  const REG = '2002年1月26日 中华人民共和国国务院令第344号公布';
  it.each([
    ['中华人民共和国安全生产法', LAW, {}, '法律', '全国'],
    ['危险化学品安全管理条例', REG, {}, '行政法规', '全国'],
    ['煤矿安全生产条例', '', {}, '行政法规', '全国'],
    ['南阳市居民住宅区消防安全管理条例', '2021年9月1日 南阳市第六届人民代表大会常务委员会第二十六次会议通过', {}, '地方性法规', '南阳市'],
    ['广东省实施《中华人民共和国消防法》办法', '1999年11月27日 广东省第九届人民代表大会常务委员会第十三次会议通过', {}, '地方性法规', '广东省'],
    ['汕头经济特区消防条例', '2012年8月31日 汕头市第十三届人民代表大会常务委员会第八次会议通过', {}, '经济特区法规', '汕头市'],
    ['北京市消防条例', '1996年9月6日 北京市第十届人民代表大会常务委员会第三十次会议通过', {}, '地方性法规', '北京市'],
    ['工贸企业有限空间作业安全规定', '2023年11月29日 应急管理部令第13号公布', {}, '部门规章', '全国'],
    ['河南省生产安全事故应急预案管理办法', '2021年3月1日 河南省人民政府令第200号公布', {}, '地方政府规章', '河南省'],
    ['白河市应急管理局关于印发《白河市危险化学品储存和涉氨制冷企业重大事故隐患判定细则（试行）》的通知', '', { issuers: ['白河市应急管理局'], docNumber: '白应急规〔2025〕2号' }, '规范性文件', '白河市'],
    ['北岸区应急管理局关于做好危险化学品储存企业和涉氨制冷企业安全专项检查工作的通知', '', { issuers: ['北岸区应急管理局'], docNumber: '北应急〔2025〕9号' }, '工作文件', '白河市北岸区'],
    ['储存企业和涉氨制冷企业安全专项检查', '', { issuers: ['白河市应急管理局办公室'], docNumber: '白应急办函〔2025〕17号' }, '工作文件', '白河市'],
    ['关于切实履行职责做好指导督促以行业加强安全生产工作的通知', '', { region: '济宁' }, '工作文件', '济宁市'],
    ['关于加强矿山安全生产工作的通知', '', { issuers: ['国家矿山安全监察局'] }, '工作文件', '全国'],
  ])('%s → %s, %s', (title, header, known, level, place) => {
    const read = readLegalMetadata('', header, { title, ...known }, places);
    expect([read.legalLevel, read.place]).toEqual([level, place]);
  });

  it('never reads the level from the file name: an untitled text with no marks has none', () => {
    expect(readLegalMetadata('一、总体要求', '', { title: '安全生产法(2021-06-10)' }, places)).toEqual({});
  });

  it('without a gazetteer reads only 全国', () => {
    expect(readLegalMetadata('', LAW, { title: '中华人民共和国安全生产法' }).place).toBe('全国');
    expect(readLegalMetadata('', '', { title: '南阳市居民住宅区消防安全管理条例', issuers: ['南阳市人大常委会'] }).place).toBeUndefined();
  });
});

describe('an amended law’s 公告', () => {
  const ANNOUNCED = [
    '《琇嵘省人民代表大会常务委员会关于修改〈琇嵘省建设工程施工安全条例〉的决定》已由琇嵘省第十四届人民代表大会常务委员会第十六次会议于2025年5月30日通过，现予公布，自2025年7月1日起施行。',
    '（2012年9月28日琇嵘省第十一届人民代表大会常务委员会第三十二次会议通过　根据2025年5月30日琇嵘省第十四届人民代表大会常务委员会第十六次会议《关于修改〈琇嵘省建设工程施工安全条例〉的决定》修正）',
  ].join('\n');

  it('dates the text as amended by the day its 公告 sets, beside the first text’s 施行日期', () => {
    const read = readLegalMetadata('第三十条 本条例自2013年1月1日起施行。', ANNOUNCED, { title: '琇嵘省建设工程施工安全条例' });
    expect(read).toMatchObject({ effective: '2013-01-01', amendedEffective: '2025-07-01' });
    expect(read.revisions?.at(-1)?.date).toBe('2025-05-30');
  });

  it('reads the day a 公告 gives the text as amended (修改后的《…》自…起施行), not only 现予公布，自…起施行', () => {
    const header = ANNOUNCED.replace('现予公布，自2025年7月1日起施行。', '现予公布。修改后的《琇嵘省建设工程施工安全条例》自2026年3月1日起施行，全文重新公布。');
    expect(readLegalMetadata('第三十条 本条例自2013年1月1日起施行。', header, { title: '琇嵘省建设工程施工安全条例' }).amendedEffective).toBe('2026-03-01');
  });

  it('reads no amended date for a law that was never amended', () => {
    expect(readLegalMetadata('', ANNOUNCED.split('\n')[0]!, { title: '琇嵘省建设工程施工安全条例' }).amendedEffective).toBeUndefined();
  });
});
