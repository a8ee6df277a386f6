import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAssistant, type Assistant } from '../core/assistant.js';
import { loadConfig } from '../core/config.js';
import { makeDocx, makeTablePdf } from './__fixtures__/make-fixtures.js';
import { openKnowledgeBase, type OpenedKnowledgeBase } from './open-knowledge-base.js';
import { parseDocument } from './parse-document.js';

// A task-division plan as offices write it in Word: a table 序号 | 重点任务 | 牵头单位 | 配合单位 | 完成时限,
// with a merged 配合单位 cell running over two rows.
async function plan(): Promise<Uint8Array> {
  return makeDocx([
    { heading: '某市工业和信息化局关于印发2024年安全生产重点任务分工方案的通知', level: 1 },
    { paragraph: '各区工信局，局机关各科室：' },
    { paragraph: '现将2024年安全生产重点任务分工印发给你们，请认真贯彻落实。' },
    { heading: '一、重点任务分工', level: 2 },
    {
      table: [
        ['序号', '重点任务', '牵头单位', '配合单位', '完成时限'],
        ['1', '开展民爆企业“全覆盖”安全检查', '安全生产科', '各区工信局', '2024年12月底'],
        ['2', '组织危化品企业隐患排查专项行动', '原材料工业科', '各区工信局、市应急局', '2024年6月底'],
        ['3', '推进工业互联网+安全生产建设', '信息化推进科', '', '长期坚持'],
      ],
      mergeDown: [[3, 3]],
    },
  ]);
}

describe('Word task tables', () => {
  let root: string;
  let opened: OpenedKnowledgeBase;
  let assistant: Assistant;

  beforeAll(async () => {
    root = await mkdtemp(join(tmpdir(), 'anzhi-table-'));
    await mkdir(join(root, 'docs'));
    await writeFile(join(root, 'docs', '分工方案.docx'), await plan());
    opened = await openKnowledgeBase(loadConfig({ ANZHI_DATA_DIR: join(root, 'data') }), [join(root, 'docs')]);
    assistant = await createAssistant({ kb: opened.kb, lexicon: opened.lexicon, embedder: opened.embedder });
  });
  afterAll(async () => {
    await opened.close();
    await rm(root, { recursive: true, force: true });
  });

  it('each row is a clause of its own under the heading, with its header cells', async () => {
    const doc = await parseDocument(await plan(), '分工方案.docx');
    const rows = doc.clauses.filter((c) => c.kind === 'row');
    expect(rows.map((c) => c.path)).toEqual([1, 2, 3].map((n) => ['一、重点任务分工', `第${n}行`]));
    expect(rows[2]!.text).toBe('序号：3；重点任务：推进工业互联网+安全生产建设；牵头单位：信息化推进科；配合单位：各区工信局、市应急局；完成时限：长期坚持');
    expect(doc.clauses.find((c) => c.path.length === 1 && c.kind === 'outline1')!.text).toBe('一、重点任务分工\n\n【表格】序号｜重点任务｜牵头单位｜配合单位｜完成时限');
  });

  it('each row is a duty with lead, cooperate and deadline', () => {
    const rows = opened.kb.duties.filter((d) => d.how === 'table').map((d) => [d.task, d.lead, d.cooperate, d.deadline?.text]);
    expect(rows).toEqual([
      ['开展民爆企业“全覆盖”安全检查', ['安全生产科'], ['各区工信局'], '2024年12月底'],
      ['组织危化品企业隐患排查专项行动', ['原材料工业科'], ['各区工信局', '市应急局'], '2024年6月底'],
      ['推进工业互联网+安全生产建设', ['信息化推进科'], ['各区工信局', '市应急局'], '长期坚持'],
    ]);
  });

  it('"who leads X" answers from X’s row, not its neighbour’s', async () => {
    const answer = await assistant.ask({ question: '危化品隐患排查专项行动谁牵头？哪些单位配合？' });
    expect(answer.supported).toBe(true);
    expect(answer.answer).toContain('负责（牵头）：原材料工业科[1]');
    expect(answer.answer).toContain('配合单位：各区工信局、市应急局[1]');
    expect(answer.answer).not.toContain('安全生产科');
    expect(answer.citations[0]!.path).toEqual(['一、重点任务分工', '第2行']);
  });

  it('"what does unit U do" lists the unit’s rows', async () => {
    const answer = await assistant.ask({ question: '安全生产科负责哪些任务？' });
    expect(answer.answer).toBe(
      '安全生产科在文件中承担的任务（共1项）：\n- 《某市工业和信息化局关于印发2024年安全生产重点任务分工方案的通知》一、重点任务分工 › 第1行：开展民爆企业“全覆盖”安全检查（负责/牵头，时限：2024年12月底）[1]',
    );
  });
});

describe('PDF task tables (drawn cell borders, over a page break)', () => {
  const HEAD = ['序号', '工作任务', '牵头单位', '配合单位', '完成时限'];
  let root: string;
  let opened: OpenedKnowledgeBase;

  beforeAll(async () => {
    const pdf = await makeTablePdf(
      [
        {
          before: '棠溪市安全生产委员会办公室关于印发港口危险货物安全专项整治工作方案的通知。四、任务分工。各项工作任务的牵头单位、配合单位和完成时限见下表。',
          rows: [HEAD, ['1', '港口危险货物作业企业安全条件复核', '市港口管理局', '市应急管理局、市消防救援支队', '2025年9月30日前'], ['2', '码头储罐防雷防静电装置检测', '市气象局', '市港口管理局', '2025年8月31日前']],
        },
        { before: '（续表）', rows: [HEAD, ['3', '港口危险货物事故应急演练', '港区管理委员会', '市应急管理局', '每半年至少1次']] },
      ],
      [40, 170, 100, 110, 80],
    );
    root = await mkdtemp(join(tmpdir(), 'anzhi-pdf-table-'));
    await mkdir(join(root, 'docs'));
    await writeFile(join(root, 'docs', '分工方案.pdf'), pdf);
    opened = await openKnowledgeBase(loadConfig({ ANZHI_DATA_DIR: join(root, 'data') }), [join(root, 'docs')]);
  });
  afterAll(async () => {
    await opened.close();
    await rm(root, { recursive: true, force: true });
  });

  it('each row, on either page, is a duty with its own lead, cooperators and deadline', () => {
    const rows = opened.kb.duties.filter((d) => d.how === 'table').map((d) => [d.task, d.lead, d.cooperate, d.deadline?.text]);
    expect(rows).toEqual([
      ['港口危险货物作业企业安全条件复核', ['市港口管理局'], ['市应急管理局', '市消防救援支队'], '2025年9月30日前'],
      ['码头储罐防雷防静电装置检测', ['市气象局'], ['市港口管理局'], '2025年8月31日前'],
      ['港口危险货物事故应急演练', ['港区管理委员会'], ['市应急管理局'], '每半年至少1次'],
    ]);
  });
});

describe('a Word check table grouped by full-width rows, in a notice with no numbered body', () => {
  async function checklist(): Promise<Uint8Array> {
    return makeDocx([
      { paragraph: '某市消防安全委员会办公室关于印发学校医院消防安全检查表的通知' },
      { paragraph: '各县（区）消防安全委员会：' },
      { paragraph: '现将检查表印发给你们，请组织对照自查。' },
      { paragraph: '附件' },
      { paragraph: '学校医院消防安全检查表' },
      {
        table: [
          ['检查项目', '检查内容', '检查方法'],
          ['一、消防安全管理'],
          ['消防安全责任', '是否明确消防安全责任人和消防安全管理人', '查阅任命文件'],
          ['防火检查巡查', '是否每月至少组织1次防火检查', '查阅检查记录'],
          ['二、医院专项'],
          ['医用氧气', '医用氧气瓶是否固定存放、远离火源', '实地查看'],
        ],
      },
    ]);
  }

  it('each group row heads the rows below it, and every row is a clause of its own', async () => {
    const doc = await parseDocument(await checklist(), '检查表.docx');
    const rows = doc.clauses.filter((c) => c.kind === 'row');
    expect(rows.map((c) => c.path)).toEqual([
      ['一、消防安全管理', '第1行'],
      ['一、消防安全管理', '第2行'],
      ['二、医院专项', '第1行'],
    ]);
    expect(rows[2]!.text).toBe('检查项目：医用氧气；检查内容：医用氧气瓶是否固定存放、远离火源；检查方法：实地查看');
  });
});

describe('a Word check table attached to a notice with no numbered body and no groups', () => {
  it('the attachment opens the structure, so its rows are clauses, not preamble', async () => {
    const docx = await makeDocx([
      { paragraph: '某市消防安全委员会办公室关于印发消防安全检查表的通知' },
      { paragraph: '各县（区）消防安全委员会：' },
      { paragraph: '现将检查表印发给你们，请组织对照自查。' },
      { paragraph: '附件' },
      { paragraph: '消防安全检查表' },
      { table: [['检查项目', '检查内容'], ['消防安全责任', '是否明确消防安全责任人'], ['防火巡查', '是否每日开展防火巡查']] },
    ]);
    const doc = await parseDocument(docx, '检查表.docx');
    expect(doc.clauses.filter((c) => c.kind === 'row').map((c) => c.path)).toEqual([
      ['附件', '第1行'],
      ['附件', '第2行'],
    ]);
  });
});
