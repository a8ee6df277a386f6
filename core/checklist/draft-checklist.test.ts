import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAssistant, type Assistant } from '../assistant.js';
import { loadKnowledgeBase } from '../kb/knowledge-base.js';
import { createEmbeddings } from '../retrieval/embeddings.js';
import type { Checklist } from '../schemas.js';
import { ingest } from '../../ingest/pipeline.js';
import { draftChecklist } from './draft-checklist.js';
import { renderChecklistAnswer } from './checklist-answer.js';
import { loadLexicon } from '../lexicon/lexicon.js';
import { assistantFor } from '../__fixtures__/assistant-over.js';

const lexicon = loadLexicon();

const SOFTWARE = '我们是文登的软件和信息技术服务企业，能不能按工信局的文件给我们列个安全检查清单？';
const NOW = new Date('2024-05-06T08:00:00.000Z');
let dir: string;
let assistant: Assistant;
let software: Checklist;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'anzhi-checklist-'));
  const embedder = createEmbeddings(lexicon);
  await ingest([join(import.meta.dirname, '../../corpus/notices')], { kbDir: join(dir, 'kb'), embedder, lexicon });
  assistant = await createAssistant({ kb: await loadKnowledgeBase(join(dir, 'kb'), embedder), lexicon, embedder });
  software = await draftChecklist(assistant, SOFTWARE, undefined, { now: NOW });
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

function everyQuoteIsInItsClause(checklist: Checklist): void {
  for (const item of checklist.items) {
    expect(item.citations.length).toBeGreaterThanOrEqual(1);
    for (const c of item.citations) expect(assistant.clauses.get(c.clauseId)?.text.includes(c.quote)).toBe(true);
  }
}

describe('draftChecklist for a software company in 文登', () => {
  it('names the scope and the one document of 文登', () => {
    expect(software.title).toBe('文登区软件和信息技术服务企业安全检查清单（初稿）');
    expect(software.createdAt).toBe('2024-05-06T08:00:00.000Z');
    expect(software.id).toMatch(/^[0-9a-f]{10}$/u);
    expect(software.sources.map((s) => s.file)).toEqual(['002_c1536b6ac6ba3ddc.txt']);
    expect(software.scope).toBe('地区：文登区；对象：软件和信息技术服务企业；依据：《全区工信系统安全生产治本攻坚三年行动实施方案（2024-2026年）》');
  });

  it('checks the software label clause: 用电用火, 消防设施, 疏散通道', () => {
    const item = software.items.find((i) => i.citations.some((c) => c.clauseId === '002_c1536b6ac6ba3ddc#3.5.L4'));
    expect(item?.group).toBe('软件和信息技术服务业');
    expect(item?.content).toBe('用电用火安全管理、消防设施保养维护、疏散通道和安全出口畅通等方面情况是否符合要求');
    expect(item?.method).toBe('现场检查');
    expect(item?.citations[0]?.quote).toBe('软件和信息技术服务业，重点检查用电用火安全管理、消防设施保养维护、疏散通道和安全出口畅通等方面情况，提升安全监管效能。');
  });

  it('never cites the 废弃资源综合利用业 clause nor another industry', () => {
    const text = JSON.stringify(software.items);
    expect(text).not.toContain('灼烫');
    expect(software.items.flatMap((i) => i.citations.map((c) => c.path.at(-1)))).not.toContain('废弃资源综合利用业');
    expect(software.items.map((i) => i.content).join('\n')).not.toContain('民爆');
  });

  it('keeps the general frequency for everyone and drops the 民爆 one', () => {
    const item = software.items.find((i) => i.content.includes('每季度带队'));
    expect(item?.frequency).toBe('每季度至少1次');
    expect(item?.citations[0]?.clauseId).toBe('002_c1536b6ac6ba3ddc#3.2');
    const drill = software.items.find((i) => i.content.includes('疏散逃生演练'));
    expect(drill?.frequency).toBe('每年至少1次');
  });

  it('cites an exact substring of its clause on every item, numbered from 1', () => {
    everyQuoteIsInItsClause(software);
    expect(software.items.map((i) => i.n)).toEqual(software.items.map((_, k) => k + 1));
  });
});

describe('draftChecklist for other scopes', () => {
  it('a 民爆 list over 济宁 and 文登 keeps to the 民爆 clauses and their own frequencies', async () => {
    const c = await draftChecklist(assistant, '帮我给民爆生产、销售企业拟一份安全检查表，济宁和文登两份文件的要求都要覆盖到。', undefined, { now: NOW });
    const cited = new Set(c.items.flatMap((i) => i.citations.map((x) => x.clauseId)));
    expect([...cited].sort()).toEqual([
      '001_443897da330bd342#3.1',
      '001_443897da330bd342#3.2',
      '001_443897da330bd342#3.3',
      '002_c1536b6ac6ba3ddc#3.1',
      '002_c1536b6ac6ba3ddc#3.2',
      '002_c1536b6ac6ba3ddc#3.4.L1',
      '002_c1536b6ac6ba3ddc#3.6',
    ]);
    expect(c.items.find((i) => i.citations[0]?.clauseId === '002_c1536b6ac6ba3ddc#3.2')?.frequency).toBe('每月至少1次');
    expect(c.items.find((i) => i.content.includes('超量存储'))?.content).toBe('是否加强库房储存管理,严禁超量存储，严禁将废旧、缴获或来路不明的危险品与民爆物品同库存储');
    everyQuoteIsInItsClause(c);
  });

  it('a unit list for 县工信局 keeps to the section its topic names', async () => {
    const c = await draftChecklist(assistant, '县工信局按济宁这份通知指导督促工业企业抓安全，帮我列个工作清单。', undefined, { now: NOW });
    expect(c.title).toBe('县工信局安全生产工作清单（济宁，初稿）');
    const cited = [...new Set(c.items.flatMap((i) => i.citations.map((x) => x.clauseId)))];
    expect(cited).toEqual(['#2.1', '#2.2', '#2.3', '#2.4', '#2.5', '#2.6'].map((s) => `001_443897da330bd342${s}`));
    expect(c.items.find((i) => i.content.includes('一票否决'))?.group).toBe('开展安全宣传培训');
    everyQuoteIsInItsClause(c);
  });

  it('answers a checklist question in chat with cited item lines and the export links', async () => {
    const kept: Checklist[] = [];
    // The caller says where exports are served (the server's own URL is asserted in server/app.test.ts).
    const answer = await assistant.ask({ question: SOFTWARE }, { onChecklist: (c) => kept.push(c), exportLink: (id, format) => `exports/${id}.${format}` });
    expect(answer.intent).toBe('checklist');
    expect(kept).toHaveLength(1);
    expect(answer.checklistId).toBe(kept[0]!.id);
    const lines = answer.answer.split('\n');
    expect(lines.at(-1)).toBe(`导出：Word exports/${kept[0]!.id}.docx ｜ Excel exports/${kept[0]!.id}.xlsx`);
    expect(renderChecklistAnswer(kept[0]!)).not.toContain('导出');
    const items = lines.filter((l) => /^\d+\. /u.test(l));
    expect(items).toHaveLength(kept[0]!.items.length);
    for (const l of items) expect(l).toMatch(/(?:\[\d+\])+$/u);
    expect(answer.citations.map((c) => c.n)).toEqual(answer.citations.map((_, k) => k + 1));
  });
});

describe('an enterprise whose city documents bind it in nothing', () => {
  // fictional: a province's 办法 that binds 危化品 enterprises, a city's 部门责任清单 that binds only departments
  const assistantOf = assistantFor({
    '岱屿省危险化学品安全管理办法.txt': [
      '岱屿省危险化学品安全管理办法',
      '（2025年3月1日岱屿省人民政府令第12号公布）',
      '第一条 为了加强本省危险化学品安全管理，制定本办法。',
      '第二条 危险化学品应当储存在专用仓库内。储存单位应当每月至少进行一次库存盘点，做到账物相符。',
      '第三条 不带储存设施经营危险化学品的企业，应当有固定的办公场所，办公场所建筑面积不少于30平方米。',
      '第四条 本办法自2025年5月1日起施行。',
    ].join('\n'),
    '澄霞市危险化学品安全生产部门责任清单.md': [
      '# 澄霞市危险化学品安全生产部门责任清单',
      '',
      '岱屿省澄霞市安全生产委员会办公室',
      '',
      '| 序号 | 部门 | 具体事项 |',
      '| --- | --- | --- |',
      '| 1 | 市应急管理局 | 负责危险化学品经营许可证的审批和监督检查 |',
      '| 2 | 市交通运输局 | 负责危险化学品道路运输企业的监督检查 |',
    ].join('\n'),
  });

  it('drafts from its province’s rules, each item cited, and reads 储存单位 and 企业，应当 as the enterprise', async () => {
    const list = await draftChecklist(assistantOf(), '帮我列一份澄霞市不带储存危化品经营公司的安全自查清单', undefined, { now: NOW });
    expect(list.items.map((i) => i.content).join('\n')).toContain('30平方米');
    expect(list.items.map((i) => i.content).join('\n')).toContain('库存盘点');
    expect(list.sources.map((s) => s.file)).toEqual(['岱屿省危险化学品安全管理办法.txt']);
    // the article number is the citation's, not the check's
    expect(list.items.every((i) => !/^第[一二三四五六七八九十]+条/u.test(i.content))).toBe(true);
    expect(list.items[0]!.group).not.toBe('');
  });
});

describe('an enterprise whose city’s 方案 on its very topic binds only departments', () => {
  // fictional: a province's 条例 binding employers on dust, and a city 方案 on dust that gives tasks to departments only
  const assistantOf = assistantFor({
    '岱屿省职业病防治条例.txt': [
      '岱屿省职业病防治条例',
      '（2024年5月20日岱屿省第十四届人民代表大会常务委员会第九次会议通过）',
      '第一条 为了预防、控制和消除职业病危害，制定本条例。',
      '第八条 存在粉尘危害的用人单位应当采取湿式作业等防尘措施，每半年至少委托一次粉尘浓度检测。',
      '第九条 用人单位应当为接触粉尘的劳动者配备符合要求的防尘口罩，并督促其正确佩戴。',
      '第三十条 本条例自2024年9月1日起施行。',
    ].join('\n'),
    '澄霞市尘肺病防治专项治理实施方案.txt': [
      '澄霞市人民政府办公室关于印发澄霞市尘肺病防治专项治理实施方案的通知',
      '一、重点任务',
      // (so many tasks on the topic that the province's articles fall outside the city's hits)
      ...Array.from({ length: 40 }, (_, i) => `${i + 1}．开展第${i + 1}批石材加工企业粉尘危害防治专项检查，市卫生健康委牵头，市应急管理局配合。`),
    ].join('\n'),
  });

  it('drafts from the rest of its chain, the province’s 条例, instead of refusing', async () => {
    const list = await draftChecklist(assistantOf(), '我们是澄霞市的石材加工厂，帮我列个粉尘防治自查清单', undefined, { now: NOW });
    expect(list.items.map((i) => i.content).join('\n')).toContain('湿式作业');
    expect(list.sources.map((s) => s.file)).toContain('岱屿省职业病防治条例.txt');
  });
});
