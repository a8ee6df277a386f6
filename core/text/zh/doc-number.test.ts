import { describe, expect, it } from 'vitest';
import { CITED_DOC_NUMBER, DOC_NUMBER, DOC_NUMBER_IN_QUESTION, DOC_NUMBER_TAIL_SOURCE, canonicalDocNumber } from './doc-number.js';

const all = (re: RegExp, s: string) => [...s.matchAll(re)].map((m) => m[0]);

describe('DOC_NUMBER (front page)', () => {
  it.each([
    ['宁工信安委发〔2019〕19号', '宁工信安委发〔2019〕19号'],
    ['鲁工信民爆[2020]39号', '鲁工信民爆[2020]39号'],
    ['白应急规〔2025〕2号', '白应急规〔2025〕2号'],
    ['济工信发［2021］106号', '济工信发［2021］106号'],
    ['文工信发〔 2024 〕 3 号', '文工信发〔 2024 〕 3 号'],
  ])('%s → %s', (s, found) => expect(DOC_NUMBER.exec(s)?.[0]).toBe(found));
  it.each(['2024年3月26日', '（2024-2026年）', '〔2019〕19号', '第19号令'])('%s is no 文号', (s) => expect(DOC_NUMBER.test(s)).toBe(false));
});

describe('DOC_NUMBER_IN_QUESTION', () => {
  it.each([
    ['宁工信安委发〔2019〕19号是哪个文件', ['宁工信安委发〔2019〕19号']],
    ['工信部安全[2020]83号说了什么', ['工信部安全[2020]83号']],
    ['鲁工信民爆(2020)39号', ['鲁工信民爆(2020)39号']],
  ])('%s → %j', (s, found) => expect(all(DOC_NUMBER_IN_QUESTION, s)).toEqual(found));
  it.each(['宁工信安委发〔 2019 〕19号', '鲁工信民爆[2020]12345号', '2019年19号文'])('%s is no typed 文号', (s) => expect(all(DOC_NUMBER_IN_QUESTION, s)).toEqual([]));
});

describe('CITED_DOC_NUMBER', () => {
  it.each([
    ['根据《…的通知》（宁工信安委发〔2019〕19号）要求', ['宁工信安委发〔2019〕19号']],
    // the issuer is any run of Han characters, so 和 is read into the second one
    ['白应急规〔2025〕2号和安委〔2024〕1号', ['白应急规〔2025〕2号', '和安委〔2024〕1号']],
  ])('%s → %j', (s, found) => expect(all(CITED_DOC_NUMBER, s)).toEqual(found));
  it.each(['鲁工信民爆[2020]39号', '〔2019〕19号'])('%s is not cited in 〔〕 after an issuer', (s) => expect(all(CITED_DOC_NUMBER, s)).toEqual([]));
});

describe('DOC_NUMBER_TAIL_SOURCE', () => {
  const re = new RegExp(DOC_NUMBER_TAIL_SOURCE, 'u');
  it.each(['〔2019〕19号', '宁工信安委发〔2019〕19号'])('matches %s', (s) => expect(re.test(s)).toBe(true));
  it.each(['[2020]39号', '2019年19号'])('does not match %s', (s) => expect(re.test(s)).toBe(false));
});

describe('canonicalDocNumber', () => {
  it.each([
    ['工信部安全[2020]83号', '工信部安全〔2020〕83号'],
    ['鲁工信民爆（2020）39号', '鲁工信民爆〔2020〕39号'],
    ['宁工信安委发〔2019〕 19号', '宁工信安委发〔2019〕19号'],
  ])('%s → %s', (s, out) => expect(canonicalDocNumber(s)).toBe(out));
});
