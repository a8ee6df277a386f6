import { describe, expect, it } from 'vitest';
import { ASKS_EXACT_DAY, DATE_RANGE, INTERVAL, WEEKLY_TIME, askedDate, askedMonths, askedYears, rowMonths, yearsWrittenIn } from './dates.js';

describe('askedDate', () => {
  it.each([
    ['2025年7月以后那个细则对我们适用吗？', '2025-07-01'],
    ['2025年8月1日起多久查一次？', '2025-08-01'],
    ['2021年的时候罚款是多少？', '2021-12-31'],
    ['2025年6月以前是哪个科牵头？', '2025-05-31'],
    ['2025年1月以前呢', '2024-12-31'],
    ['2024年我们在琇嵘省挖了个6米的基坑，当时需要请第三方监测吗？', '2024-12-31'],
    ['2024年2月的时候呢', '2024-02-29'],
    ['2025年6月30日之前按什么执行', '2025-06-30'],
    ['2012年下半年在河南投诉，当时多少天内告知？', '2012-07-01'],
    ['2025年上半年是哪个科牵头', '2025-01-01'],
    ['北京市消防条例2011年修订以前罚多少？', '2010-12-31'],
    ['2023年萸州那个餐饮燃气办法刚出来的时候，报警器多久检测一次？', '2023-12-31'],
    ['2014年修正之前是怎么规定的', '2013-12-31'],
  ])('%s → %s', (q, date) => expect(askedDate(q)).toBe(date));

  it.each([
    ['去年（2025年）我们在省里，体检结果多少天内告知本人？', '2025-12-31'],
    ['前年是哪个科牵头？', '2024-12-31'],
    ['去年下半年有人把电瓶车推进电梯被查了，按当时的条例罚多少？', '2025-07-01'],
    ['今年五月份县里的充电区一个班要巡几次？', '2026-05-31'],
    ['今年多久查一次？', undefined],
    ['现在多久查一次？', undefined],
    // the date of an event the question tells of, asked about now
    ['施工升降机的防坠安全器是去年3月标定的，现在过了一年多还在用，有问题吗？', undefined],
  ])('%s, asked on 2026-12-01 → %s', (q, date) => expect(askedDate(q, '2026-12-01')).toBe(date));

  it.each(['现在多久搞一次？', '7月以后呢？', '2025年底前要完成什么？', '于2025年5月20日前报送', '上半年完成自查'])('names no date: %s', (q) => expect(askedDate(q)).toBeUndefined());
});

describe('years', () => {
  it.each([
    ['2024—2026年三年行动', [2024, 2025, 2026, 2026]],
    ['2025年5月20日前报送', [2025]],
    ['2024年至2025年', [2024, 2025, 2024, 2025]],
    ['第2025条', []],
  ])('%s writes %j', (text, years) => expect(yearsWrittenIn(text)).toEqual(years));

  it.each([
    ['2020年的时候多少天内告知？', [{ year: 2020, namesText: false }]],
    ['2025年修订后的条例罚多少？', [{ year: 2025, namesText: true }]],
    ['2019 年版的标准', [{ year: 2019, namesText: true }]],
    ['听说要在2027年再修改条例', [{ year: 2027, namesText: true }]],
    ['现在多久一次', []],
  ])('%s asks %j', (q, years) => expect(askedYears(q)).toEqual(years));
});

describe('frequencies written as a weekday or a gap', () => {
  it.each([
    [WEEKLY_TIME, '于每周五12时前报送本周进展', '每周五12时前'],
    [WEEKLY_TIME, '对涉及粉尘涉爆的小微企业，每半月至少巡查一次。', '每半月至少巡查一次'],
    [WEEKLY_TIME, '外卖、快递企业集中充电场所：每班次不少于1次；运营企业负责', '每班次不少于1次'],
    [INTERVAL, '检测间隔时间不得超过二小时；', '间隔时间不得超过二小时'],
    [INTERVAL, '作业中每隔2小时检测一次', '每隔2小时'],
  ])('%s finds its phrase in %s', (re, text, phrase) => expect([...text.matchAll(re)].map((m) => m[0])).toEqual([phrase]));

  it.each(['每周组织一次', '间隔不少于三年'])('%s is neither', (text) => expect([...text.matchAll(WEEKLY_TIME), ...text.matchAll(INTERVAL)]).toEqual([]));
});

describe('one day asked, a span given', () => {
  it.each(['重点检查阶段专家组具体哪天到我们厂？', '联合抽查具体是哪天来？', '哪一天来检查'])('%s asks one day', (q) => expect(ASKS_EXACT_DAY.test(q)).toBe(true));
  it.each(['每个月几号前要报上去', '哪一天前交', '最晚哪天交'])('%s does not', (q) => expect(ASKS_EXACT_DAY.test(q)).toBe(false));
  it.each(['2026年5月6日至8月31日', '3月16日—4月30日'])('%s is a span', (t) => expect(DATE_RANGE.test(t)).toBe(true));
  it.each(['2026年4月30日前', '每月5日前'])('%s is not', (t) => expect(DATE_RANGE.test(t)).toBe(false));
});

describe('askedMonths and rowMonths', () => {
  it.each([
    ['桑榆县今年上半年排了哪些演练？', { from: 1, to: 6 }],
    ['下半年有哪些任务', { from: 7, to: 12 }],
    ['第三季度要交什么', { from: 7, to: 9 }],
    ['每半年至少一次演练吗', undefined],
  ])('%s covers %j', (q, months) => expect(askedMonths(q)).toEqual(months));

  it('reads the months of a row’s time cells only', () => {
    expect(rowMonths('序号：7；演练科目：有限空间中毒窒息演练；组织单位：县应急管理局；计划时间：2026年8月')).toEqual([8]);
    expect(rowMonths('序号：1；工作任务：5月前完成排查；牵头单位：县交通运输局')).toEqual([]);
  });
});
