import { describe, expect, it } from 'vitest';
import { splitSentences } from './sentences.js';

describe('splitSentences', () => {
  it('keeps offsets exact and the closing parenthetical with its sentence', () => {
    const text = '1.科学规划和布局经济技术开发区、工业园区以及其他相关功能区空间布局。（责任处室：工业园区处）';
    const s = splitSentences(text);
    expect(s).toEqual([{ text, start: 0 }]);
  });

  it('splits at 。 and ； and at blank lines, never losing a character', () => {
    const text = '（三）提升市民安全素质和安全防范技能。\n\n建立完善信息平台。严格落实“谁主管谁负责”；加大普法力度。';
    const s = splitSentences(text);
    expect(s.map((x) => x.text)).toEqual(['（三）提升市民安全素质和安全防范技能。', '建立完善信息平台。', '严格落实“谁主管谁负责”；', '加大普法力度。']);
    for (const x of s) expect(text.slice(x.start, x.start + x.text.length)).toBe(x.text);
  });
});
