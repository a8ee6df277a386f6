import { describe, expect, it } from 'vitest';
import { norm } from './normalize.js';

describe('norm', () => {
  it('folds full-width punctuation and drops whitespace and markdown stars', () => {
    expect(norm('要加强库房储存管理，严禁 超量存储')).toBe('要加强库房储存管理,严禁超量存储');
    expect(norm('**民爆行业**，区工信局')).toBe('民爆行业,区工信局');
    expect(norm('（２０２４—２０２６年）')).toBe('(2024—2026年)');
  });
});
