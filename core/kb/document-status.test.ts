import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseRaw } from '../../ingest/parse-raw.js';
import { loadLexicon } from '../lexicon/lexicon.js';
import type { ParsedDocument } from '../schemas.js';
import { documentStatuses, regulationTitle } from './document-status.js';

const places = loadLexicon().places;
const parse = (file: string, text: string): ParsedDocument => parseRaw({ format: 'md', pages: [{ num: 1, text }] }, file, 'test', undefined, { places });
const evalDoc = (path: string): ParsedDocument => parse(path.replace(/^.*\//u, ''), readFileSync(new URL(`../../evals/docs/${path}`, import.meta.url), 'utf8'));

const henan2010 = evalDoc('regs-versions/河南省消防条例(2010-09-29).md');
const henan2014 = evalDoc('regs-versions/河南省消防条例(2014-04-15).md');
const hangzhou = evalDoc('regs-fire/杭州市建设工程消防管理规定(2013-12-12).md');
const oldHangzhou = parse('旧条例.md', '# 杭州市建筑工程防火管理条例\n\n第一条 为了加强建筑工程防火管理，制定本条例。\n');
const criteria = parse(
  '细则.md',
  '# 白河市应急管理局关于印发《白河市危险化学品储存和涉氨制冷企业重大事故隐患判定细则（试行）》的通知\n\n白应急规〔2025〕2号\n\n## 第一章 总则\n\n第一条 为了准确判定重大事故隐患，制定本细则。\n\n第十六条 本细则自2025年3月1日起施行，有效期至2027年2月28日。\n',
);
const docs = [henan2010, henan2014, hangzhou, oldHangzhou, criteria];
const texts = Object.fromEntries(docs.map((d) => [d.document.id, d.text]));
const statusOf = (today: string) => Object.fromEntries(documentStatuses(docs.map((d) => d.document), today, texts).map((d) => [d.id, [d.status, d.currentVersion]]));

describe('documentStatuses', () => {
  it('reads what it decides from the documents themselves', () => {
    expect(henan2010.document.revisions?.map((r) => r.date)).toEqual(['1999-03-26', '2010-09-29']);
    expect(henan2014.document.revisions?.map((r) => r.date)).toEqual(['1999-03-26', '2010-09-29', '2014-03-26']);
    expect(criteria.document.validUntil).toBe('2027-02-28');
  });

  it('marks the earlier of two texts of one regulation, the expired 细则 and the repealed 条例', () => {
    expect(statusOf('2027-03-01')).toEqual({
      '河南省消防条例-2010-09-29': ['earlier-version', '河南省消防条例-2014-04-15'],
      '河南省消防条例-2014-04-15': ['current', undefined],
      '杭州市建设工程消防管理规定-2013-12-12': ['current', undefined],
      旧条例: ['repealed', undefined],
      细则: ['expired', undefined],
    });
  });

  it('takes today as given: on the last day of its 有效期 the 细则 is current', () => {
    expect(statusOf('2027-02-28')['细则']).toEqual(['current', undefined]);
  });

  it('a repeal counts once the repealing text is in force', () => {
    expect(statusOf('2012-06-01')['旧条例']).toEqual(['current', undefined]);
  });

  it('leaves texts it cannot order (no dates, or the same date) current, and sets no status twice', () => {
    const a = { ...oldHangzhou.document, id: 'a', status: 'repealed' as const };
    const b = { ...oldHangzhou.document, id: 'b' };
    expect(documentStatuses([a, b], '2025-01-01').map((d) => [d.id, d.status, d.currentVersion])).toEqual([
      ['a', 'current', undefined],
      ['b', 'current', undefined],
    ]);
  });

  it('with two copies of the latest text, both are current and the older text is still an earlier version', () => {
    const copy = { ...henan2014.document, id: 'copy' };
    const out = documentStatuses([henan2014.document, henan2010.document, copy], '2025-01-01');
    expect(out.map((d) => [d.id, d.status, d.currentVersion])).toEqual([
      ['河南省消防条例-2014-04-15', 'current', undefined],
      ['河南省消防条例-2010-09-29', 'earlier-version', '河南省消防条例-2014-04-15'],
      ['copy', 'current', undefined],
    ]);
  });

  it('does not take two working documents of one title from two places for versions', () => {
    const notice = (id: string, place: string, date: string) => ({ ...oldHangzhou.document, id, title: '关于开展安全专项检查的通知', place, date });
    const out = documentStatuses([notice('x', '南阳市', '2025-01-01'), notice('y', '新乡市', '2025-03-01')], '2025-06-01');
    expect(out.map((d) => d.status)).toEqual(['current', 'current']);
  });
});

describe('regulationTitle', () => {
  it.each([
    ['中华人民共和国消防法', '消防法'],
    ['广东省实施《中华人民共和国消防法》办法', '广东省实施消防法办法'],
    ['白河市应急管理局关于印发《白河市重大事故隐患判定细则（试行）》的通知', '白河市重大事故隐患判定细则'],
    ['河南省消防条例（2014年修正）', '河南省消防条例'],
  ])('%s → %s', (title, key) => expect(regulationTitle(title)).toBe(key));
  it.each([['全区工信系统安全生产治本攻坚三年行动实施方案（重点任务清单）', '全区工信系统安全生产治本攻坚三年行动实施方案(重点任务清单)']])('keeps a part name: %s → %s (NFKC)', (title, key) => {
    expect(regulationTitle(title)).toBe(key);
  });
});
