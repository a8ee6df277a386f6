import { describe, expect, it } from 'vitest';
import {
  ASSIGNMENT_LABEL,
  COOPERATE_ROLE,
  DUTY_ROW,
  FIELD_LINE,
  LEAD_BRACKET,
  LEAD_ROLE,
  RESPONSIBLE_BRACKET,
  ROLE_BRACKET_SOURCE,
  TABLE_HEADER_LINE,
  TABLE_MARK,
  TABLE_MARK_LINE,
  TABLE_ROW,
  UNIT_FIELD_START,
  headerRole,
} from './fields.js';

describe('ASSIGNMENT_LABEL', () => {
  it.each([
    ['责任处室：化工处', ['责任']],
    ['牵头单位：区工信局；配合单位：各镇街', ['牵头', '配合']],
    ['牵头：A，配合：B', ['牵头', '配合']],
    ['主责单位:市应急局；协办单位：市公安局；参与处：法规处', ['主责', '协办', '参与']],
  ])('%s → %j', (s, roles) => expect([...s.matchAll(ASSIGNMENT_LABEL)].map((m) => m[1])).toEqual(roles));
  it.each(['其中，民爆生产销售企业每月至少1次', '责任制', '配合有关部门'])('%s has no label', (s) => expect([...s.matchAll(ASSIGNMENT_LABEL)]).toEqual([]));
});

describe.each([
  ['LEAD_ROLE', LEAD_ROLE, ['牵头单位', '责任单位·牵头', '责任处室', '主责'], ['配合单位', '重点任务']],
  ['COOPERATE_ROLE', COOPERATE_ROLE, ['配合单位', '责任单位·配合', '协办', '参与单位'], ['牵头单位', '完成时限']],
  ['UNIT_FIELD_START', UNIT_FIELD_START, ['牵头单位：市人社局', '责任单位：市市场监管局；配合单位：市应急局', '协助部门:区消防大队'], ['参与单位：各镇街', '牵头：市人社局', '完成时限：2024年底', '（牵头单位：市人社局）']],
  ['FIELD_LINE', FIELD_LINE, ['牵头单位：市人社局', '配合单位：各镇街', '完成时限：2024年12月31日前', '时限要求:长期坚持'], ['完成时间2024年', '参与单位：各镇街', '重点任务：开展检查']],
  ['DUTY_ROW', DUTY_ROW, ['（责任处室：化工处）', '（应急局、市场监管局按职责分工配合）', '（管委会、红山街道办负责）', '由市应急局牵头，'], ['责任处室', '主要负责人负责本单位', '按职责分工落实']],
  ['LEAD_BRACKET', LEAD_BRACKET, ['（责任处室：化工处）', '(牵头单位：区工信局)'], ['（配合单位：各镇街）', '（其中，企业）']],
  ['RESPONSIBLE_BRACKET', RESPONSIBLE_BRACKET, ['（责任处室：化工处）', '(责任单位：区工信局)'], ['（牵头单位：区工信局）', '责任处室：化工处']],
  ['TABLE_MARK_LINE', TABLE_MARK_LINE, ['【表格】序号｜重点任务｜牵头单位', TABLE_MARK], ['序号：1；【表格】', '表格：']],
  ['TABLE_ROW', TABLE_ROW, ['序号：1；重点任务：开展全覆盖检查；牵头单位：区工信局', '合计：3项'], ['【表格】序号｜重点任务', '序号；1：区工信局', '：区工信局', '重点任务开展全覆盖检查的所有内容和要求：见附件']],
])('%s', (_, re, examples, nonExamples) => {
  it.each(examples)('matches %s', (s) => expect(re.test(s)).toBe(true));
  it.each(nonExamples)('does not match %s', (s) => expect(re.test(s)).toBe(false));
});

describe('ROLE_BRACKET_SOURCE', () => {
  const re = new RegExp(ROLE_BRACKET_SOURCE, 'u');
  it.each(['（责任处室：化工处）', '（牵头：A）', '(配合：B)'])('matches %s', (s) => expect(re.test(s)).toBe(true));
  it.each(['（其中，企业）', '（试行）'])('does not match %s', (s) => expect(re.test(s)).toBe(false));
});

describe('headerRole', () => {
  it.each([
    ['责任单位·配合', 'cooperate'], ['配合部门', 'cooperate'], ['牵头单位', 'lead'], ['责任单位·牵头', 'lead'], ['责任处室', 'lead'],
    ['检查频次', 'frequency'], ['完成时限', 'deadline'], ['时间安排', 'deadline'], ['重点任务', 'task'], ['工作内容', 'task'], ['序号', 'other'], ['备注', 'other'],
  ] as const)('%s → %s', (header, role) => expect(headerRole(header)).toBe(role));
});

describe('TABLE_HEADER_LINE', () => {
  it.each([
    ['【表格】序号｜重点任务｜牵头单位\n序号：1', ['序号｜重点任务｜牵头单位']],
    ['前言\n【表格】\n1；2\n【表格】甲｜乙', ['', '甲｜乙']],
    ['没有表格', []],
  ])('%j → %j', (s, headers) => expect([...s.matchAll(TABLE_HEADER_LINE)].map((m) => m[1])).toEqual(headers));
});
