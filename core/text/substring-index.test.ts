import { describe, expect, it } from 'vitest';
import { SubstringIndex } from './substring-index.js';

const TEXTS = ['民爆企业要加强库房储存管理', '化工处负责安全风险排查', '每年至少组织1次综合应急演练', '化工园区安全风险排查', '𠮷野家安全', ''];

describe('SubstringIndex', () => {
  const index = new SubstringIndex(TEXTS);

  it.each([
    ['安全风险', [1, 3]],
    ['化工', [1, 3]],
    ['化工处', [1]],
    ['风险排查治理', []],
    ['民爆', [0]],
    ['爆企', [0]],
    ['1', [2]],
    ['安', [1, 3, 4]],
    ['𠮷野', [4]],
    ['', [0, 1, 2, 3, 4, 5]],
    ['库房储存管理', [0]],
    ['理化', []],
  ])('%s is in texts %j, as a scan finds', (t, expected) => {
    expect(index.containing(t)).toEqual(expected);
    expect(index.containing(t)).toEqual(TEXTS.flatMap((x, i) => (x.includes(t) ? [i] : [])));
    expect(index.has(t)).toBe(expected.length > 0);
  });

  it('lists a text once for a pair it holds twice', () => {
    expect(new SubstringIndex(['安全安全', '安全']).containing('安全')).toEqual([0, 1]);
  });
});
