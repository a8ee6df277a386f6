import { describe, it, expect } from 'vitest';
import { cleanText } from './clean.js';
import type { Layout } from './readers/reader.js';

const text = (pageText: string, layout: Layout): string => cleanText([{ num: 1, text: pageText }], layout).text;

describe('cleanText follows the layout its reader declares', () => {
  it.each([
    // Two full-width lines that each end a sentence: only a page layout wraps those.
    ['wrapped', '各单位要把隐患排查做到底。各部门要把执法检查做到位。'],
    ['as-typed', '各单位要把隐患排查做到底。\n\n各部门要把执法检查做到位。'],
    ['paragraphs', '各单位要把隐患排查做到底。\n\n各部门要把执法检查做到位。'],
  ] as const)('lineBreaks %s', (lineBreaks, cleaned) => {
    expect(text('各单位要把隐患排查做到底。\n各部门要把执法检查做到位。', { lineBreaks, markup: 'none' })).toBe(cleaned);
  });

  it.each([
    // A line cut mid-sentence is joined unless every line is a whole paragraph.
    ['wrapped', '各部门要加强检查。严格依法行政，落实责任。'],
    ['as-typed', '各部门要加强检查。严格依法行政，落实责任。'],
    ['paragraphs', '各部门要加强检查。严格依法行\n\n政，落实责任。'],
  ] as const)('a cut line with lineBreaks %s', (lineBreaks, cleaned) => {
    expect(text('各部门要加强检查。严格依法行\n政，落实责任。', { lineBreaks, markup: 'none' })).toBe(cleaned);
  });

  it.each([
    ['markdown', '一、总体要求'],
    ['none', '# 一、总体要求'],
  ] as const)('markup %s', (markup, cleaned) => {
    expect(text('# 一、总体要求', { lineBreaks: 'as-typed', markup })).toBe(cleaned);
  });
});
