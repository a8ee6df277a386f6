import { describe, expect, it } from 'vitest';
import { notice } from './__fixtures__/notices.js';
import { extractDuties } from './extract-duties.js';
import { queryDuties } from './query-duties.js';
import { loadLexicon } from '../lexicon/lexicon.js';

const lexicon = loadLexicon();

const docs = ['000', '001', '002', '003', '004'].map(notice);
const duties = docs.flatMap((d) => extractDuties(d, lexicon.aliases));
const metas = docs.map((d) => d.document);
const ids = (q: Parameters<typeof queryDuties>[2]) => queryDuties(duties, metas, q, lexicon.aliases).map((h) => `${h.duty.id.replace(/_[0-9a-f]+#/u, '#')} ${h.role ?? ''}`.trim());

describe('queryDuties', () => {
  it('化工处 finds both of its rows, as lead', () => {
    expect(ids({ unit: '化工处' })).toEqual(['004#1.1.2/d1 lead', '004#1.2.2/d1 lead']);
  });

  it('工信局 by any alias finds the 003 lists that open with 市 (as cooperate) and the 002 sentence (as lead)', () => {
    const byShort = ids({ unit: '工信局' });
    expect(byShort).toContain('003#2.2.1/d1 cooperate');
    expect(byShort).toContain('002#3.5.L1/d1 lead');
    expect(byShort).toContain('000#2.1/d1 lead');
    expect(ids({ unit: '工业和信息化局', doc: '003' })).toEqual(ids({ unit: '经信局', doc: '003' }));
    expect(ids({ unit: '市工信局', doc: '舞钢' })).toHaveLength(13);
  });

  it('军民结合推进处 lists its tasks; a task narrows them', () => {
    expect(ids({ unit: '军民结合推进处' })).toHaveLength(12);
    expect(ids({ unit: '军民结合推进处', task: '移动执法终端' })).toEqual(['004#3.3.2/d1 lead']);
  });

  it('a task alone ranks the matching rows; doc matches by title', () => {
    const hits = queryDuties(duties, metas, { task: '产业区安全风险评估', doc: '舞钢市产业区' }, lexicon.aliases);
    expect(hits[0]?.duty.clauseId).toBe('003_f7d37758b1e40b09#2.3.1');
    expect(hits[0]?.score).toBe(1);
  });

  it('a target by alias: 民用爆炸物品 finds the 民爆 rows and not the bare 企业 row', () => {
    const hits = queryDuties(duties, metas, { target: '民用爆炸物品' }, lexicon.aliases);
    expect(hits.map((h) => h.duty.targets)).toEqual([['民爆生产、销售企业'], ['民爆生产销售企业'], ['民爆'], ['民爆'], ['民爆生产销售企业']]);
  });
});
