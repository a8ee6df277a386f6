import { describe, expect, it } from 'vitest';
import { groupBy } from './group-by.js';

describe('groupBy', () => {
  it('keeps first-seen key order and item order inside each group', () => {
    const got = groupBy(['第1条', '附件1', '第2条', '附件2', '第3条'], (s) => s.slice(0, 1));
    expect([...got]).toEqual([
      ['第', ['第1条', '第2条', '第3条']],
      ['附', ['附件1', '附件2']],
    ]);
  });
});
