import { describe, expect, it } from 'vitest';
import { withPdfTables } from './pdf-tables.js';

const GRID = [['序号', '工作任务', '牵头单位'], ['1', '港口作业\n安全复核', '市港口管理局']];
const PAGE = '某某方案\n序号 工作任务 牵头单位\n1 港口作业\n安全复核\n市港口管理局\n五、工作要求';

describe('withPdfTables', () => {
  it('puts a grid in place of its run-together cells, a wrapped cell rejoined', () => {
    const { text, header } = withPdfTables(PAGE, [GRID]);
    expect(text.split('\n').filter((l) => l !== '')).toEqual(['某某方案', '【表格】序号｜工作任务｜牵头单位', '序号：1；工作任务：港口作业安全复核；牵头单位：市港口管理局', '五、工作要求']);
    expect(header).toBe('【表格】序号｜工作任务｜牵头单位');
  });

  it('continues the table of the page before only when the grid opens its page', () => {
    const top = withPdfTables(`页眉\n${PAGE.slice(5)}`, [GRID], '【表格】序号｜工作任务｜牵头单位').text;
    expect(top).not.toContain('【表格】');
    const later = withPdfTables(`${'一段很长的正文，'.repeat(10)}\n${PAGE}`, [GRID], '【表格】序号｜工作任务｜牵头单位').text;
    expect(later).toContain('【表格】序号｜工作任务｜牵头单位');
  });

  it('leaves the page as extracted when its text does not hold exactly the grid’s characters', () => {
    expect(withPdfTables('无关的文字', [GRID]).text).toBe('无关的文字');
    expect(withPdfTables(PAGE.replace('安全复核', '安全检查'), [GRID]).text).toBe(PAGE.replace('安全复核', '安全检查'));
  });
});
