import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { markdownTables } from './markdown-tables.js';
import { assistantOver, type TestAssistant } from '../../core/__fixtures__/assistant-over.js';

const GUIDE = [
  '# 青川市工贸企业有限空间作业安全检查指引',
  '',
  '## 一、检查内容',
  '',
  '| 检查项目 | 检查内容 | 检查依据 | 检查方法 |',
  '| --- | --- | --- | :---: |',
  '| 作业审批 | 进入有限空间作业前是否办理作业审批，审批单是否经企业负责人签字确认 | 企业有限空间作业安全管理制度 | 抽查近3个月的作业审批单 |',
  '| 气体检测 | 是否坚持“先通风、再检测、后作业”，检测是否在作业开始前30分钟内进行 | 《工贸企业有限空间作业安全规定》 | 查阅检测记录 |',
  '| **现场监护** | 是否安排专人在有限空间外全程监护 |  | 现场查看 |',
  '',
  '## 二、其他',
  '',
  '本指引自印发之日起执行。',
].join('\n');

describe('markdownTables', () => {
  it('turns a pipe table into the table paragraphs every reader gives: header names, then header：value rows', () => {
    const paragraphs = markdownTables(GUIDE).split('\n').filter((l) => l !== '');
    expect(paragraphs.slice(2, 6)).toEqual([
      '【表格】检查项目｜检查内容｜检查依据｜检查方法',
      '检查项目：作业审批；检查内容：进入有限空间作业前是否办理作业审批，审批单是否经企业负责人签字确认；检查依据：企业有限空间作业安全管理制度；检查方法：抽查近3个月的作业审批单',
      '检查项目：气体检测；检查内容：是否坚持“先通风、再检测、后作业”，检测是否在作业开始前30分钟内进行；检查依据：《工贸企业有限空间作业安全规定》；检查方法：查阅检测记录',
      '检查项目：现场监护；检查内容：是否安排专人在有限空间外全程监护；检查方法：现场查看',
    ]);
    expect(paragraphs.at(-1)).toBe('本指引自印发之日起执行。');
  });

  it('reads a row with only a numbered heading in its first cell as that group’s heading, the table going on under it', () => {
    const grouped = ['| 检查项目 | 检查内容 | 检查方法 |', '| --- | --- | --- |', '| **一、安全管理** | | |', '| 使用登记 | 是否办理使用登记 | 查阅证件 |', '| **二、电梯** | | |', '| 维护保养 | 是否每15日至少维保一次 | 查阅记录 |', '| 备注 | | |'].join('\n');
    expect(markdownTables(grouped).split('\n').filter((l) => l !== '')).toEqual([
      '【表格】检查项目｜检查内容｜检查方法',
      '一、安全管理',
      '【表格】检查项目｜检查内容｜检查方法',
      '检查项目：使用登记；检查内容：是否办理使用登记；检查方法：查阅证件',
      '二、电梯',
      '【表格】检查项目｜检查内容｜检查方法',
      '检查项目：维护保养；检查内容：是否每15日至少维保一次；检查方法：查阅记录',
      '检查项目：备注',
    ]);
  });

  it('leaves a line with pipes but no separator line under it alone', () => {
    expect(markdownTables('| 这不是表格 |\n正文')).toBe('| 这不是表格 |\n正文');
  });
});

describe('a Markdown check table, ingested', () => {
  let over: TestAssistant;
  beforeAll(async () => {
    over = await assistantOver({ '有限空间检查指引.md': GUIDE });
  });
  afterAll(() => over.close());

  it('gives a clause per row, and a checklist item per row named by its 检查项目', async () => {
    expect(over.assistant.kb.clauses.filter((c) => c.kind === 'row')).toHaveLength(3);
    const a = await over.assistant.ask({ question: '我们要进污水池清淤，帮我列个有限空间作业检查清单' });
    expect(a.answer).toContain('1. 作业审批：进入有限空间作业前是否办理作业审批，审批单是否经企业负责人签字确认');
    expect(a.answer).toContain('3. 现场监护：是否安排专人在有限空间外全程监护');
  });
});
