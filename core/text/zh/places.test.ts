import { describe, expect, it } from 'vitest';
import {
  ADMIN_PREFIX,
  ADMIN_SUFFIX,
  HAS_PLACE,
  ISSUER_LEVEL_START,
  LEVEL_BEFORE,
  LEVEL_OF_SUFFIX,
  LEVEL_PREFIX,
  LEVEL_START,
  LEVEL_WORD,
  NOT_PLACE_NAME,
  NOT_PLACES,
  PLACE_NAME_END,
  PLACE_WITH_LEVEL,
  REGION_PART_BREAK,
  REGION_PART_LEVEL,
  UNIT_LEVEL,
  ZONE_OF_CITY,
  shortPlaceNames,
} from './places.js';

describe('ADMIN_PREFIX', () => {
  it.each([
    ['湖北省经济和信息化厅', '湖北省'],
    ['文登区工业和信息化局', '文登区'],
    ['宁夏回族自治区工业和信息化厅', '宁夏回族自治区'],
    ['锡林郭勒盟应急管理局', '锡林郭勒盟'],
  ])('%s → %s', (s, place) => expect(ADMIN_PREFIX.exec(s)?.[0]).toBe(place));
  it.each(['工业和信息化局', '关于印发'])('%s opens with no place', (s) => expect(ADMIN_PREFIX.exec(s)).toBeNull());
});

describe('ADMIN_SUFFIX', () => {
  it.each([
    ['宁夏回族自治区', '宁夏'],
    ['新疆维吾尔自治区', '新疆'],
    ['黔东南苗族侗族自治州', '黔东南'],
    ['恩施土家族苗族自治州', '恩施'],
    ['文登区', '文登'],
    ['水城区', '水城'],
    ['湖北省', '湖北'],
  ])('%s → %s', (s, short) => expect(s.replace(ADMIN_SUFFIX, '')).toBe(short));
  it.each(['济宁', '舞钢市工信局'])('%s keeps its end', (s) => expect(s.replace(ADMIN_SUFFIX, '')).toBe(s));
});

describe('NOT_PLACES', () => {
  it.each(['产业区', '全市', '自治区'])('%s is no place', (w) => expect(NOT_PLACES.has(w)).toBe(true));
  it.each(['文登区', '舞钢市'])('%s is not listed', (w) => expect(NOT_PLACES.has(w)).toBe(false));
});

describe('PLACE_WITH_LEVEL, NOT_PLACE_NAME, LEVEL_OF_SUFFIX', () => {
  const places = (s: string) => [...s.matchAll(PLACE_WITH_LEVEL)].filter((m) => !NOT_PLACE_NAME.test(m[0])).map((m) => [m[0], LEVEL_OF_SUFFIX[m[2]!]]);
  it.each([
    ['威海市文登区工业和信息化局', [['威海市', 'city'], ['文登区', 'district']]],
    ['宁夏回族自治区工业和信息化厅', [['宁夏回族自治区', 'province']]],
    ['湖北省经济和信息化厅', [['湖北省', 'province']]],
    ['舞钢市产业区', [['舞钢市', 'city']]],
    ['全区工信系统', []],
    ['济宁高新区', []],
    ['荻峦苗族侗族自治州人民政府', [['荻峦苗族侗族自治州', 'city']]],
    ['琇嵘省房屋市政工程生产安全重大事故隐患判定标准', [['琇嵘省', 'province']]],
    ['枫渡市市场监督管理局', [['枫渡市', 'city']]],
    ['琇嵘市政府办公室', [['琇嵘市', 'city']]],
  ])('%s → %j', (s, found) => expect(places(s)).toEqual(found));

describe('shortPlaceNames', () => {
  it.each([
    ['文登区', ['文登']],
    ['荻峦苗族侗族自治州', ['荻峦', '荻峦州']],
    ['南区', []],
  ])('%s → %j', (s, names) => expect(shortPlaceNames(s)).toEqual(names));
});
});

describe('ZONE_OF_CITY', () => {
  it.each([['济宁高新区管委会', '济宁'], ['济宁经开区', '济宁'], ['桤坞经济开发区管理委员会', '桤坞']])('%s → %s', (s, city) => expect(ZONE_OF_CITY.exec(s)?.[1]).toBe(city));
  it.each(['舞钢市产业区', '高新区'])('%s names no city zone', (s) => expect(ZONE_OF_CITY.exec(s)).toBeNull());
});

describe('LEVEL_PREFIX', () => {
  it.each([
    ['市发改委', '市'], ['各区工信局', '区'], ['县级监管部门', '县'], ['州应急局', '州'], ['省经信厅', '省'],
  ])('%s → %s', (s, level) => expect(LEVEL_PREFIX.exec(s)?.[1]).toBe(level));
  it.each(['市场监管局', '区域', '工信局', '各镇街'])('%s opens with no level', (s) => expect(LEVEL_PREFIX.exec(s)).toBeNull());
});

describe('UNIT_LEVEL', () => {
  it.each([['县工信局', '县'], ['各县（市、区）工信局', '县'], ['市场监管局', '市']])('%s → %s', (s, level) => expect(UNIT_LEVEL.exec(s)?.[1]).toBe(level));
  it.each(['州应急局', '工信局'])('%s opens with no 省市县区', (s) => expect(UNIT_LEVEL.exec(s)).toBeNull());
});

describe.each([
  ['HAS_PLACE', HAS_PLACE, ['平顶山市应急局', '舞钢市工信局', '自治区工信厅', '国家矿山安监局', '各镇街'], ['工信局', '市场监管局', '市工信局']],
  ['PLACE_NAME_END', PLACE_NAME_END, ['湖北省', '宁夏回族自治区', '威海市', '文登区', '某县'], ['济宁高新区管委会', '湖北省经济和信息化厅', '自治州']],
  ['ISSUER_LEVEL_START', ISSUER_LEVEL_START, ['自治区工业和信息化厅', '省经信厅', '市应急局'], ['区工信局', '县工信局', '宁夏回族自治区工业和信息化厅']],
  ['LEVEL_BEFORE', LEVEL_BEFORE, ['给县', '我们市'], ['给工信局', '各州']],
  ['LEVEL_START', LEVEL_START, ['县工信局', '市场监管局'], ['各县工信局', '州应急局']],
  ['LEVEL_WORD', LEVEL_WORD, ['县', '市'], ['州', '市里', '县区']],
  ['REGION_PART_LEVEL', REGION_PART_LEVEL, ['济宁市', '文登区', '延边州'], ['济宁', '市场']],
])('%s', (_, re, examples, nonExamples) => {
  it.each(examples)('matches %s', (s) => expect(re.test(s)).toBe(true));
  it.each(nonExamples)('does not match %s', (s) => expect(re.test(s)).toBe(false));
});

describe('REGION_PART_BREAK', () => {
  it.each([
    ['山东省济宁市', ['山东省', '济宁市']],
    ['威海市文登区', ['威海市', '文登区']],
    ['济宁', ['济宁']],
  ])('%s → %j', (s, parts) => expect(s.split(REGION_PART_BREAK)).toEqual(parts));
});
