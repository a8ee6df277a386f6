import ExcelJS from 'exceljs';
import mammoth from 'mammoth';
import { describe, expect, it } from 'vitest';
import type { Checklist } from '../schemas.js';
import { BOM, exportCsv } from './export-csv.js';
import { exportDocx } from './export-docx.js';
import { exportMarkdown } from './export-markdown.js';
import { exportXlsx } from './export-xlsx.js';

const QUOTE = '软件和信息技术服务业，重点检查用电用火安全管理、消防设施保养维护、疏散通道和安全出口畅通等方面情况，提升安全监管效能。';
const TITLE = '威海市文登区工业和信息化局关于印发《全区工信系统安全生产治本攻坚三年行动实施方案（2024-2026年）》的通知';
const base = { docId: '002_c1536b6ac6ba3ddc', file: '002_c1536b6ac6ba3ddc.txt', title: TITLE, page: 1 };

const checklist: Checklist = {
  id: 'a1b2c3d4e5',
  title: '文登区软件和信息技术服务企业安全检查清单（初稿）',
  request: '我们是文登的软件和信息技术服务企业，能不能按工信局的文件给我们列个安全检查清单？',
  scope: '地区：文登区；对象：软件和信息技术服务企业',
  createdAt: '2024-05-06T08:00:00.000Z',
  sources: [{ docId: base.docId, file: base.file, title: TITLE }],
  items: [
    {
      n: 1,
      group: '开展重大事故隐患排查整治工作',
      item: '主要负责人带队排查',
      content: '生产经营单位主要负责人是否每季度带队对本单位至少开展1次重大事故隐患排查检查',
      method: '查阅资料',
      frequency: '每季度至少1次',
      citations: [{ ...base, n: 1, clauseId: '002_c1536b6ac6ba3ddc#3.2', path: ['三、主要任务', '（二）开展重大事故隐患排查整治工作'], quote: '生产经营单位主要负责人要每季度带队对本单位至少开展1次重大事故隐患排查检查' }],
    },
    {
      n: 2,
      group: '软件和信息技术服务业',
      item: '用电用火、消防设施、疏散通道',
      content: '用电用火安全管理、消防设施保养维护、疏散通道和安全出口畅通等方面情况是否符合要求',
      method: '现场检查',
      citations: [{ ...base, n: 2, clauseId: '002_c1536b6ac6ba3ddc#3.5.L4', path: ['三、主要任务', '（五）提升监管行业安全监管能力和水平', '软件和信息技术服务业'], quote: QUOTE }],
    },
  ],
};

const BASIS_2 = `《全区工信系统安全生产治本攻坚三年行动实施方案（2024-2026年）》三、主要任务 › （五）提升监管行业安全监管能力和水平 › 软件和信息技术服务业：“${QUOTE}”[2]`;

describe('exportDocx', () => {
  it('writes a real table that mammoth reads back with the header cells and the Chinese text', async () => {
    const bytes = await exportDocx(checklist);
    const { value: html } = await mammoth.convertToHtml({ buffer: Buffer.from(bytes) });
    expect(html).toContain('<table>');
    const text = (re: RegExp) => [...html.matchAll(re)].map((m) => m[1]!.replace(/<[^>]+>/gu, ''));
    // The repeated header row comes back as <th>; the group row spans all six columns.
    expect(text(/<th>(.*?)<\/th>/gu)).toEqual(['序号', '检查项目', '检查内容', '检查方式', '依据条款', '检查结果']);
    expect(text(/<td colspan="6">(.*?)<\/td>/gu)).toEqual(['开展重大事故隐患排查整治工作', '软件和信息技术服务业']);
    const cells = text(/<td>(.*?)<\/td>/gu);
    expect(cells.slice(0, 6)).toEqual(['1', '主要负责人带队排查', '生产经营单位主要负责人是否每季度带队对本单位至少开展1次重大事故隐患排查检查（频次：每季度至少1次）', '查阅资料', '《全区工信系统安全生产治本攻坚三年行动实施方案（2024-2026年）》三、主要任务 › （二）开展重大事故隐患排查整治工作：“生产经营单位主要负责人要每季度带队对本单位至少开展1次重大事故隐患排查检查”[1]', '']);
    expect(cells).toContain(BASIS_2);
    expect(html).toContain('文登区软件和信息技术服务企业安全检查清单（初稿）');
    expect(html).toContain('生成日期：2024-05-06');
    expect(html).toContain('依据文件：《全区工信系统安全生产治本攻坚三年行动实施方案（2024-2026年）》');
  });
});

describe('exportXlsx', () => {
  it('has the header frozen, the rows, widths and wrapped text', async () => {
    const book = new ExcelJS.Workbook();
    // exceljs types its input as the pre-generic Buffer.
    await book.xlsx.load(Buffer.from(await exportXlsx(checklist)) as unknown as Parameters<typeof book.xlsx.load>[0]);
    const sheet = book.getWorksheet('检查清单')!;
    expect(sheet.getRow(1).values).toEqual([undefined, '序号', '分组', '检查项目', '检查内容', '检查方式', '依据条款', '检查结果']);
    expect(sheet.getRow(3).values).toEqual([undefined, 2, '软件和信息技术服务业', '用电用火、消防设施、疏散通道', '用电用火安全管理、消防设施保养维护、疏散通道和安全出口畅通等方面情况是否符合要求', '现场检查', BASIS_2, '']);
    expect(sheet.rowCount).toBe(3);
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(sheet.getColumn(4).width).toBe(60);
    expect(sheet.getCell('D2').alignment).toEqual({ wrapText: true, vertical: 'top' });
    expect(book.getWorksheet('说明')!.getCell('B1').value).toBe('文登区软件和信息技术服务企业安全检查清单（初稿）');
  });
});

describe('exportCsv', () => {
  it('starts with the BOM and quotes fields per RFC 4180', () => {
    const quoted = exportCsv({ ...checklist, items: [{ ...checklist.items[1]!, content: '是否加强库房储存管理,严禁超量存储' }] });
    expect(quoted.split('\r\n')[1]).toContain(',"是否加强库房储存管理,严禁超量存储",');
    const csv = exportCsv(checklist);
    expect(csv.startsWith(BOM)).toBe(true);
    const lines = csv.slice(1).split('\r\n');
    expect(lines[0]).toBe('序号,分组,检查项目,检查内容,检查方式,依据条款,检查结果');
    expect(lines[2]).toBe(`2,软件和信息技术服务业,用电用火、消防设施、疏散通道,用电用火安全管理、消防设施保养维护、疏散通道和安全出口畅通等方面情况是否符合要求,现场检查,${BASIS_2},`);
    expect(lines).toHaveLength(4);
  });

  it('writes a cell that starts like a formula as text', () => {
    const hostile = exportCsv({ ...checklist, items: [{ ...checklist.items[1]!, item: '=cmd|" /C calc"!A0', content: '+是否落实' }] });
    expect(hostile.split('\r\n')[1]!.startsWith(`2,软件和信息技术服务业,"'=cmd|"" /C calc""!A0",'+是否落实,`)).toBe(true);
  });
});

describe('exportMarkdown', () => {
  it('writes title, scope and one table per group', () => {
    const md = exportMarkdown(checklist).split('\n');
    expect(md.slice(0, 4)).toEqual(['# 文登区软件和信息技术服务企业安全检查清单（初稿）', '', '- 适用范围：地区：文登区；对象：软件和信息技术服务企业', '- 生成日期：2024-05-06']);
    expect(md).toContain('## 软件和信息技术服务业');
    expect(md).toContain('| 序号 | 检查项目 | 检查内容 | 检查方式 | 依据条款 | 检查结果 |');
    expect(md).toContain(`| 2 | 用电用火、消防设施、疏散通道 | 用电用火安全管理、消防设施保养维护、疏散通道和安全出口畅通等方面情况是否符合要求 | 现场检查 | ${BASIS_2} |  |`);
  });
});
