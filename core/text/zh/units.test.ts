import { describe, expect, it } from 'vitest';
import { UNIT_NAME_END } from './criteria.js';
import { ADDRESSEE_END, ENTERPRISE_END, ORG_END, PERSON_END, SUBJECT_ENTERPRISE_SOURCE, SUBJECT_UNIT_END_SOURCE, UNIT_END, ZONE_ACTOR } from './units.js';

describe.each([
  ['UNIT_END', UNIT_END, ['市发改委', '工信局', '技术与改造投资处', '各责任处室', '红山街道办', '市产业集聚区管委会', '消防大队', '厅安全生产委员会', '各有关部门', '局属各单位', '工信部'], ['民爆生产销售企业', '主要负责人', '产业区', '加强组织领导']],
  ['ZONE_ACTOR', ZONE_ACTOR, ['产业区', '舞钢市产业区', '工业园区', '济宁高新区'], ['产业区管委会', '社区', '市场监管局']],
  ['ENTERPRISE_END', ENTERPRISE_END, ['民爆生产销售企业', '生产经营单位', '监管行业企业', '某某化工公司'], ['市工信局', '局属各单位', '企业主要负责人']],
  ['PERSON_END', PERSON_END, ['主要负责人', '分管负责同志', '从业人员', '企业职工'], ['各责任处室', '生产经营单位']],
  ['ORG_END', ORG_END, ['湖北省经济和信息化厅', '威海市文登区工业和信息化局', '红山街道办', '市人民政府', '管委会'], ['消防大队', '安全科', '生产经营单位', '各有关单位']],
  ['ADDRESSEE_END', ADDRESSEE_END, ['局机关各科室', '局属各单位', '各企业', '有关公司', '市工信局'], ['工信部', '消防大队', '各镇街']],
])('%s', (_, re, examples, nonExamples) => {
  it.each(examples)('matches %s', (s) => expect(re.test(s)).toBe(true));
  it.each(nonExamples)('does not match %s', (s) => expect(re.test(s)).toBe(false));
});

describe('SUBJECT_UNIT_END_SOURCE', () => {
  const re = new RegExp(`^[\\u4e00-\\u9fff]{0,8}?${SUBJECT_UNIT_END_SOURCE}要`, 'u');
  it.each(['区工信局要', '县级监管部门要', '厅安委会办公室要', '产业区管委会要'])('a unit subject: %s', (s) => expect(re.test(s)).toBe(true));
  it.each(['消防大队要', '民爆企业要'])('no unit subject: %s', (s) => expect(re.test(s)).toBe(false));
});

describe('SUBJECT_ENTERPRISE_SOURCE', () => {
  const re = new RegExp(`${SUBJECT_ENTERPRISE_SOURCE}要`, 'u');
  it.each(['民爆生产、销售企业要', '企业主要负责人要', '生产经营单位负责人要', '民爆、修造船等行业要', '储存单位要', '特种设备使用单位要'])('an enterprise subject: %s', (s) => expect(re.test(s)).toBe(true));
  // (?<!管) keeps out the slogan 管行业必须管安全, and with it 监管行业 too (kept as the checklist has always read it)
  it.each(['管行业要管安全', '民爆、修造船等监管行业要', '工信局要', '有关单位要'])('no enterprise subject: %s', (s) => expect(re.test(s)).toBe(false));
});

describe('UNIT_NAME_END', () => {
  it.each(['市应急管理局', '化工园区管委会', '各乡镇人民政府', '街道办事处', '危货科'])('ends like a unit: %s', (s) => expect(UNIT_NAME_END.test(s)).toBe(true));
  // what a law's 特种设备生产、经营、使用单位 leaves in a duty row when it is split at 、
  it.each(['经营', '第十三条', '特种设备生产', '工会'])('does not: %s', (s) => expect(UNIT_NAME_END.test(s)).toBe(false));
});
