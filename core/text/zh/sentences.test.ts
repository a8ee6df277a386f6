import { describe, expect, it } from 'vitest';
import { firstPeriodSentence, piecesBetweenPeriods, splitAnswerSentences, splitAtPeriods, splitSegments, splitSentences, splitSentencesAndAsides, type Sentence } from './sentences.js';

/** Every piece is the exact slice of the text at its offset. */
function expectExact(text: string, pieces: Sentence[]): void {
  for (const p of pieces) expect(text.slice(p.start, p.start + p.text.length)).toBe(p.text);
}

describe('splitSentences', () => {
  it.each([
    // the parenthetical that closes an item stays with its sentence
    ['1.科学规划和布局经济技术开发区、工业园区以及其他相关功能区空间布局。（责任处室：工业园区处）', ['1.科学规划和布局经济技术开发区、工业园区以及其他相关功能区空间布局。（责任处室：工业园区处）']],
    // 。 ； and a blank line end a sentence
    ['（三）提升市民安全素质和安全防范技能。\n\n建立完善信息平台。严格落实“谁主管谁负责”；加大普法力度。', ['（三）提升市民安全素质和安全防范技能。', '建立完善信息平台。', '严格落实“谁主管谁负责”；', '加大普法力度。']],
    // a closing quote or bracket after the stop stays with the sentence
    ['要求“每月检查一次。”然后上报！', ['要求“每月检查一次。”', '然后上报！']],
    // a single line break does not end a sentence
    ['牵头单位：市人社局\n配合单位：市应急局', ['牵头单位：市人社局\n配合单位：市应急局']],
    ['', []],
  ])('%j → %j', (text, out) => {
    const s = splitSentences(text);
    expect(s.map((x) => x.text)).toEqual(out);
    expectExact(text, s);
  });
});

describe('splitSentencesAndAsides', () => {
  // brackets, and a stop right after a closing bracket, fall in no piece
  it.each([
    ['生产经营单位主要负责人要每季度至少开展1次（其中，民爆生产销售企业每月至少1次）。', ['生产经营单位主要负责人要每季度至少开展1次', '其中，民爆生产销售企业每月至少1次']],
    ['每月检查。每年报告！', ['每月检查。', '每年报告！']],
    ['各县(市、区)工信局', ['各县', '市、区', '工信局']],
  ])('%j → %j', (text, out) => {
    const s = splitSentencesAndAsides(text);
    expect(s.map((x) => x.text)).toEqual(out);
    expectExact(text, s);
  });
});

describe('splitSegments', () => {
  it.each([
    ['区工信局每月组织开展，县级监管部门要进行检查；各镇街配合。', ['区工信局每月组织开展', '县级监管部门要进行检查', '各镇街配合']],
    ['各县（市、区）工信局要加强', ['各县（市、区）工信局要加强']],
  ])('%j → %j', (text, out) => {
    const s = splitSegments(text);
    expect(s.map((x) => x.text)).toEqual(out);
    expectExact(text, s);
  });
});

describe('splitAtPeriods', () => {
  it.each([
    ['牵头单位：市人社局；配合单位：市应急局。 完成时限：2024年底\n  下一行', ['牵头单位：市人社局；配合单位：市应急局', '完成时限：2024年底', '下一行']],
    ['加强检查！严格执法？', ['加强检查！严格执法？']],
  ])('%j → %j', (text, out) => {
    const s = splitAtPeriods(text);
    expect(s.map((x) => x.text)).toEqual(out);
    expectExact(text, s);
  });
});

describe('firstPeriodSentence', () => {
  it.each([
    ['（三）集中攻坚(2021年)。针对…', '（三）集中攻坚(2021年)'],
    ['一、总体要求\n（一）指导思想', '一、总体要求'],
    ['。开头', ''],
    ['没有句号', '没有句号'],
  ])('%j → %j', (text, first) => expect(firstPeriodSentence(text)).toBe(first));
});

describe('splitAnswerSentences', () => {
  it.each([
    ['由区工信局负责[1]。各镇街配合[2][3]！\n完成时限为年底', ['由区工信局负责[1]。', '各镇街配合[2][3]！', '\n', '完成时限为年底', '']],
    ['文件中没有找到。', ['文件中没有找到。', '']],
  ])('%j → %j', (answer, out) => {
    const s = splitAnswerSentences(answer);
    expect(s).toEqual(out);
    expect(s.join('')).toBe(answer);
  });
});

describe('piecesBetweenPeriods', () => {
  it.each([
    ['一、总体要求', ['一、总体要求']],
    ['加强领导。明确责任。', ['加强领导', '明确责任']],
    ['。。', []],
    ['上报！\n核查。 ', ['上报！\n核查', ' ']],
  ])('%j → %j', (text, out) => expect(piecesBetweenPeriods(text)).toEqual(out));
});
