import { describe, it, expect } from 'vitest';
import { makeDocx } from '../__fixtures__/make-fixtures.js';
import { readDocx } from './read-docx.js';
import { rejection } from '../../core/__fixtures__/rejection.js';

const TITLE = '全区工信系统安全生产治本攻坚三年行动实施方案（2024—2026年）';
const INTRO =
  '为认真贯彻落实国家、省、市、区关于安全生产治本攻坚三年行动部署要求，进一步夯实工信领域安全生产基础，坚决防范遏制重特大生产安全事故，结合区工信系统工作实际，制定本方案。';
const HEADER = ['序号', '重点任务', '牵头单位', '配合单位', '完成时限'];


describe('readDocx', () => {
  it('gives headings, paragraphs and header-keyed table rows as blank-line separated paragraphs', async () => {
    const bytes = await makeDocx([
      { heading: TITLE, level: 1 },
      { paragraph: INTRO },
      { heading: '三、重点任务', level: 2 },
      {
        table: [
          HEADER,
          ['1', '开展全覆盖检查', '区工信局', '各镇街', '2024年12月底'],
          ['2', '组织联合督导检查', '', '区交通运输局', '每季度'],
          ['3', '完善企业安全生产标准化\n推动企业对标提升', '区应急局', '', '2025年6月底'],
        ],
        // Row 2's 牵头单位 continues row 1's: one merged cell in Word.
        mergeDown: [[2, 2]],
      },
      { paragraph: '四、保障措施' },
    ]);
    const doc = await readDocx(bytes, '方案.docx');
    expect(doc).toEqual({
      format: 'docx',
      pages: [
        {
          num: 1,
          text: [
            TITLE,
            INTRO,
            '三、重点任务',
            '【表格】序号｜重点任务｜牵头单位｜配合单位｜完成时限',
            '序号：1；重点任务：开展全覆盖检查；牵头单位：区工信局；配合单位：各镇街；完成时限：2024年12月底',
            '序号：2；重点任务：组织联合督导检查；牵头单位：区工信局；配合单位：区交通运输局；完成时限：每季度',
            '序号：3；重点任务：完善企业安全生产标准化 推动企业对标提升；牵头单位：区应急局；完成时限：2025年6月底',
            '四、保障措施',
          ].join('\n\n'),
        },
      ],
    });
  });

  it('writes a one-row table as its cells joined by ；', async () => {
    const bytes = await makeDocx([{ table: [['联系人：赵立忠', '0951-6038738']] }]);
    expect((await readDocx(bytes, '联系.docx')).pages[0]?.text).toBe('【表格】\n\n联系人：赵立忠；0951-6038738');
  });

  it('rejects a damaged archive with INGEST_CORRUPT naming the file', async () => {
    const whole = await makeDocx([{ paragraph: INTRO }]);
    const e = await rejection(readDocx(whole.slice(0, whole.length - 200), '损坏.docx'));
    expect(e.code).toBe('INGEST_CORRUPT');
    expect(e.message).toMatch(/^损坏\.docx could not be opened as \.docx \(.+\); open it in Word or WPS and save it again as \.docx$/);
  });

  it('rejects a document without text with INGEST_NO_TEXT', async () => {
    const e = await rejection(readDocx(await makeDocx([{ paragraph: '' }]), '空白.docx'));
    expect(e.code).toBe('INGEST_NO_TEXT');
    expect(e.message).toBe('空白.docx has no text (only images or empty pages?); run OCR first or upload the text version');
  });
});
