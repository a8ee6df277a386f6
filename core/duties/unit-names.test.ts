import { describe, expect, it } from 'vitest';
import { isUnitName, qualifiedUnit, splitUnits, unitMatches } from './unit-names.js';
import { loadLexicon } from '../lexicon/lexicon.js';

const lexicon = loadLexicon();

describe('splitUnits', () => {
  it('splits at 、 but not inside brackets, and at 和 only between whole unit names', () => {
    expect(splitUnits('各县（市、区）工信局、经发局')).toEqual(['各县（市、区）工信局', '经发局']);
    expect(splitUnits('产业区管委会、红山街道办和各有关部门')).toEqual(['产业区管委会', '红山街道办', '各有关部门']);
    expect(splitUnits('工业和信息化局、住房和城乡建设局')).toEqual(['工业和信息化局', '住房和城乡建设局']);
    expect(splitUnits('市发改委、工信局等')).toEqual(['市发改委', '工信局']);
  });

  it('tells units from enterprises and people', () => {
    expect(['厅安委会办公室', '各责任处室', '消防大队', '县级监管部门', '产业区'].map(isUnitName)).toEqual([true, true, true, true, true]);
    expect(['民爆生产销售企业', '生产经营单位', '产业区主要负责人', '加强组织领导'].map(isUnitName)).toEqual([false, false, false, false]);
    // a hazard item (what was not done) and a column's name are shaped like units; an actor described by its role is one
    expect(['未委托具有相应能力的第三方单位', '各项重点任务的牵头单位', '负有安全生产监管职能的科室'].map(isUnitName)).toEqual([false, false, true]);
  });
});

describe('qualifiedUnit and unitMatches', () => {
  const list = ['市发改委', '工信局', '生态环境局', '市场监管局'];

  it('applies a list’s leading 市 to the names after it; the 市 of 市场监管局 is not a level', () => {
    expect(qualifiedUnit('工信局', list)).toBe('市工信局');
    expect(qualifiedUnit('市发改委', list)).toBe('市发改委');
    expect(qualifiedUnit('市场监管局', list)).toBe('市市场监管局');
    expect(qualifiedUnit('工信局', ['市场监管局', '工信局'])).toBe('工信局');
    expect(qualifiedUnit('平顶山市应急局', ['市发改委', '平顶山市应急局'])).toBe('平顶山市应急局');
  });

  it('matches through aliases and levels', () => {
    expect(unitMatches(lexicon.aliases, '工信局', '工信局', list)).toBe(true);
    expect(unitMatches(lexicon.aliases, '市工信局', '工信局', list)).toBe(true);
    expect(unitMatches(lexicon.aliases, '经信局', '各区工信局')).toBe(true);
    expect(unitMatches(lexicon.aliases, '工业和信息化局', '市工信局')).toBe(true);
    expect(unitMatches(lexicon.aliases, '舞钢市工信局', '市工信局')).toBe(true);
    expect(unitMatches(lexicon.aliases, '区工信局', '工信局', list)).toBe(false);
    expect(unitMatches(lexicon.aliases, '化工处', '化工处')).toBe(true);
    expect(unitMatches(lexicon.aliases, '化工处', '工业园区处')).toBe(false);
  });
});
