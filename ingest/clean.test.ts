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

  it('drops the quote marks of a quoted passage in markdown, keeping its paragraphs', () => {
    const quoted = '《细则》第二条修改为：\n\n> 第二条　本细则适用于下列企业：\n>\n> （二）液氨使用量5吨以上的涉氨制冷企业。';
    expect(text(quoted, { lineBreaks: 'as-typed', markup: 'markdown' }).split('\n\n')).toEqual(['《细则》第二条修改为：', '第二条 本细则适用于下列企业：', '（二）液氨使用量5吨以上的涉氨制冷企业。']);
  });
});

describe('lines broken by a layout the file does not declare', () => {
  // A web page copied as text, hard-wrapped at 19 columns: the lines cut mid-word are one paragraph.
  const wrapped = [
    '一、提前企业自查报告报送时间。辖区',
    '企业应于2025年5月10日前将自查报',
    '告报送区应急管理局安全生产监管股，涉',
    '氨制冷企业同时抄送区商务局。',
    '二、提高涉氨制冷企业抽查比例。部门',
    '检查阶段，对液氨使用量不足10吨的企业',
    '按照不低于50%的比例抽查。',
  ].join('\n');

  it('joins a hard-wrapped plain-text file back into its paragraphs, keeping outline starts', () => {
    expect(text(wrapped, { lineBreaks: 'as-typed', markup: 'none' }).split('\n\n')).toEqual([
      '一、提前企业自查报告报送时间。辖区企业应于2025年5月10日前将自查报告报送区应急管理局安全生产监管股，涉氨制冷企业同时抄送区商务局。',
      '二、提高涉氨制冷企业抽查比例。部门检查阶段，对液氨使用量不足10吨的企业按照不低于50%的比例抽查。',
    ]);
  });

  it('does not run the paragraph after a table into the table’s last row', () => {
    const page = '【表格】类别｜企业范围｜牵头科室\n类别：D类；企业范围：加油站；牵头科室：市应急管理综合行政执法支队\n\n各区应急管理局参照上述分类标准，制定本级年度监督检查计划。';
    expect(text(page, { lineBreaks: 'as-typed', markup: 'markdown' }).split('\n\n')).toEqual([
      '【表格】类别｜企业范围｜牵头科室',
      '类别：D类；企业范围：加油站；牵头科室：市应急管理综合行政执法支队',
      '各区应急管理局参照上述分类标准，制定本级年度监督检查计划。',
    ]);
  });

  it('keeps a label and the value the layout pushed to the next line together (电话：| 0489-6213359。)', () => {
    const page = '四、联系人：市应急管理局危险化学品安全监督管理科周敏，电话：\n0489-6213359。\n附件：统计表';
    expect(text(page, { lineBreaks: 'wrapped', markup: 'none' }).split('\n\n')).toEqual(['四、联系人：市应急管理局危险化学品安全监督管理科周敏，电话：0489-6213359。', '附件：统计表']);
  });
});
