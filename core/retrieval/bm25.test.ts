import { describe, expect, it } from 'vitest';
import { Bm25Index } from './bm25.js';
import { loadLexicon } from '../lexicon/lexicon.js';

const lexicon = loadLexicon();
const tokenize = (t: string) => lexicon.tokenizer.tokenize(t);

const split = (s: string): string[] => s.split(' ').filter(Boolean);

describe('Bm25Index scoring', () => {
  it('computes BM25 exactly (k1 1.2, b 0.75, Lucene idf)', () => {
    const index = Bm25Index.build(
      [
        { id: 'd1', fields: { text: 'a b' } },
        { id: 'd2', fields: { text: 'b c c' } },
      ],
      { tokenizer: split, fields: { text: { weight: 1 } } },
    );
    const idf = Math.log(1 + (2 - 1 + 0.5) / (1 + 0.5));
    const tf = 1 / (0.25 + (0.75 * 2) / 2.5);
    const [hit] = index.search([{ term: 'a', weight: 1 }], 5);
    expect(hit!.id).toBe('d1');
    expect(hit!.score).toBeCloseTo((idf * tf * 2.2) / (1.2 + tf), 12);
    expect(index.idf('zzz')).toBe(0);
  });

  it('adds δ·idf per matched term with BM25+ (delta)', () => {
    const docs = [
      { id: 'd1', fields: { text: 'a b' } },
      { id: 'd2', fields: { text: 'b c c' } },
    ];
    const plain = Bm25Index.build(docs, { tokenizer: split, fields: { text: { weight: 1 } } });
    const plus = Bm25Index.build(docs, { tokenizer: split, fields: { text: { weight: 1 } }, delta: 0.5 });
    const idf = Math.log(1 + (2 - 1 + 0.5) / (1 + 0.5));
    const q = [{ term: 'a', weight: 1 }];
    expect(plus.search(q, 1)[0]!.score).toBeCloseTo(plain.search(q, 1)[0]!.score + 0.5 * idf, 12);
  });

  it('scores fields apart with perField: the sum of one index per field, each with its own idf', () => {
    const docs = [
      { id: 'd1', fields: { text: 'a b', path: 'a' } },
      { id: 'd2', fields: { text: 'b c c', path: 'b' } },
      { id: 'd3', fields: { text: 'c', path: 'c a' } },
    ];
    const q = [{ term: 'a', weight: 1 }, { term: 'b', weight: 0.5 }];
    const both = Bm25Index.build(docs, { tokenizer: split, fields: { text: { weight: 1 }, path: { weight: 2 } }, delta: 0.5, perField: true });
    const only = (f: 'text' | 'path') => Bm25Index.build(docs.map((d) => ({ id: d.id, fields: { x: d.fields[f] } })), { tokenizer: split, fields: { x: { weight: 1 } }, delta: 0.5 });
    const score = (index: Bm25Index, id: string) => index.search(q, 5).find((h) => h.id === id)?.score ?? 0;
    // (a field's weight multiplies its saturated score, as MiniSearch's boost does, instead of its term frequency)
    for (const id of ['d1', 'd2', 'd3']) expect(score(both, id)).toBeCloseTo(score(only('text'), id) + 2 * score(only('path'), id), 12);
    expect(both.search(q, 5).find((h) => h.id === 'd1')!.matched).toEqual(['a', 'b']);
  });

  it('multiplies by the distinct query terms held with coordination: two words beat one rare word twice', () => {
    const docs = [
      { id: 'rare', fields: { text: 'x x y y y y' } },
      { id: 'both', fields: { text: 'x z y y y y' } },
      ...['f1', 'f2', 'f3', 'f4', 'f5', 'f6'].map((id) => ({ id, fields: { text: 'z y' } })),
    ];
    const q = [{ term: 'x', weight: 1 }, { term: 'z', weight: 1 }];
    const plain = Bm25Index.build(docs, { tokenizer: split, fields: { text: { weight: 1 } } });
    const coord = Bm25Index.build(docs, { tokenizer: split, fields: { text: { weight: 1 } }, coordination: true });
    expect(plain.search(q, 1)[0]!.id).toBe('rare');
    expect(coord.search(q, 1)[0]!.id).toBe('both');
    const [rare] = coord.search(q, 5).filter((h) => h.id === 'rare');
    expect(rare!.score).toBeCloseTo(plain.search(q, 5).find((h) => h.id === 'rare')!.score, 12);
  });

  it('gives the same scores however many searches came before (its per-document arrays are reused)', () => {
    const docs = [
      { id: 'd1', fields: { text: 'a b c', path: 'x' } },
      { id: 'd2', fields: { text: 'b c c', path: 'a' } },
      { id: 'd3', fields: { text: 'c d', path: 'b' } },
    ];
    for (const options of [{}, { perField: true, coordination: true }]) {
      const index = Bm25Index.build(docs, { tokenizer: split, fields: { text: { weight: 1 }, path: { weight: 1 } }, delta: 0.5, ...options });
      const q = [{ term: 'a', weight: 1 }, { term: 'c', weight: 0.5 }];
      const first = index.search(q, 5).map((h) => [h.id, h.score]);
      index.search([{ term: 'b', weight: 1 }, { term: 'd', weight: 1 }], 5);
      index.search(q, 5, (doc) => doc !== 1);
      expect(index.search(q, 5).map((h) => [h.id, h.score])).toEqual(first);
    }
  });

  it('weights fields: the same word in the heading path outranks it in the body', () => {
    const index = Bm25Index.build(
      [
        { id: 'body', fields: { text: 'x 民爆 y', path: 'p q' } },
        { id: 'head', fields: { text: 'x z y', path: '民爆 q' } },
      ],
      { tokenizer: split, fields: { text: { weight: 1 }, path: { weight: 1.5 } } },
    );
    expect(index.search([{ term: '民爆', weight: 1 }], 5).map((h) => h.id)).toEqual(['head', 'body']);
  });

  it('scales a term by its query weight and leaves out documents that match nothing', () => {
    const index = Bm25Index.build(
      [
        { id: 'd1', fields: { text: 'a' } },
        { id: 'd2', fields: { text: 'b' } },
        { id: 'd3', fields: { text: 'c' } },
      ],
      { tokenizer: split, fields: { text: { weight: 1 } } },
    );
    const hits = index.search([{ term: 'a', weight: 1 }, { term: 'b', weight: 0.5 }], 5);
    expect(hits.map((h) => h.id)).toEqual(['d1', 'd2']);
    expect(hits[1]!.score / hits[0]!.score).toBeCloseTo(0.5, 12);
  });
});

describe('Bm25Index on real clauses', () => {
  const clauses = [
    ['jn-duty', '（三）加强值班值守和应急防范。民爆生产、销售企业要坚持24小时安全生产调度值班制度，及时掌握安全生产动态，保证信息畅通。'],
    ['jn-store', '要加强库房储存管理,严禁超量存储，严禁将废旧、缴获或来路不明的危险品与民爆物品同库存储。'],
    ['wd-drill', '每年至少组织开展1次疏散逃生演练（其中，民爆生产销售企业每半年至少组织1次）。'],
    ['wd-waste', '**废弃资源综合利用业**，要重点围绕企业生产作业过程中机械、电气、火灾、高坠、爆炸、灼烫以及车辆 7 个方面进行检查，不断提高安全管理工作水平。'],
    ['wg-drill', '结合产业区特点建立专业应急救援队伍，并强化演练与产业区周边重点应急救援力量建立应急联动机制，每年组织2次以上综合应急演练。'],
    ['nx-plan', '1.科学规划和布局经济技术开发区、工业园区以及其他相关功能区空间布局。（责任处室：工业园区处）'],
  ] as const;
  const index = Bm25Index.build(
    clauses.map(([id, text]) => ({ id, fields: { text } })),
    { tokenizer: tokenize, fields: { text: { weight: 1 } } },
  );
  const top = (q: string): string | undefined => {
    const terms = [...lexicon.aliases.expandTerms(lexicon.tokenizer.tokenizeWords(q)), ...tokenize(q).filter((t) => t.startsWith('~')).map((term) => ({ term, weight: 0.3 }))];
    return index.search(terms, 3)[0]?.id;
  };

  it('ranks the clause that answers first', () => {
    expect(top('民爆企业值班有啥要求？')).toBe('jn-duty');
    expect(top('民爆库房存放有哪些禁止性要求？')).toBe('jn-store');
    expect(top('疏散逃生演练多久一次？')).toBe('wd-drill');
    expect(top('我们厂收废铜烂铁回来再加工，安全检查看哪些方面？')).toBe('wd-waste');
    expect(top('一年要组织几次综合应急演练？')).toBe('wg-drill');
    expect(top('经开区、工业园区的空间布局规划归哪个处管？')).toBe('nx-plan');
  });
});
