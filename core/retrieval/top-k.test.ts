import { describe, expect, it } from 'vitest';
import { topK } from './top-k.js';

// Score descending, then index ascending: the order BM25 ranks its hits in.
const byScore = (scores: readonly number[]) => (a: number, b: number) => scores[b]! - scores[a]! || a - b;

describe('topK', () => {
  it.each([
    [[3, 1, 2], 2, [0, 2]],
    [[1, 1, 1, 1], 2, [0, 1]],
    [[0.5, 2, 2, 0.1, 3], 3, [4, 1, 2]],
    [[5], 3, [0]],
    [[4, 2], 0, []],
  ])('scores %j, k=%i → %j', (scores, k, expected) => {
    const ids = scores.map((_, i) => i);
    expect(topK(ids, k, byScore(scores))).toEqual(expected);
  });

  it('gives the full sort’s first k, ties and all', () => {
    let seed = 7;
    const random = () => ((seed = (seed * 48271) % 2147483647) / 2147483647);
    for (const n of [10, 100, 1000, 5000]) {
      const scores = Array.from({ length: n }, () => Math.round(random() * 50) / 10);
      const ids = scores.map((_, i) => i).reverse();
      for (const k of [1, 8, 100, n - 1, n]) expect(topK(ids, k, byScore(scores))).toEqual([...ids].sort(byScore(scores)).slice(0, k));
    }
  });
});
