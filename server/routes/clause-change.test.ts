import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type Running } from '../__fixtures__/start-server.js';

// A fictional plan and a notice that changes its second item from 2026-07-01.
const PLAN = ['青川市2026年仓储安全重点任务分工方案', '一、重点任务', '1.开展仓库消防检查，每月开展一次，由仓储监管科牵头。', '2.开展储罐区专项督导，每半年开展一次，由仓储监管科牵头。'].join('\n\n');
const NOTICE = ['青川市应急管理局关于调整重点任务分工的通知', '对《青川市2026年仓储安全重点任务分工方案》（以下简称《分工方案》）调整如下：', '一、自2026年7月1日起，《分工方案》第2项储罐区专项督导调整为每季度开展一次。'].join('\n\n');

let server: Running;
beforeAll(async () => {
  server = await startServer({}, { '分工方案.txt': PLAN, '调整通知.txt': NOTICE });
});
afterAll(() => server.close());

describe('a changed clause is marked where it is shown', () => {
  it('GET /api/clauses/:id says 已调整, from when, and which clause changed it', async () => {
    const docs = (await (await fetch(`${server.url}/api/documents`)).json()) as { documents: Array<{ id: string; file: string; adjusted: boolean }> };
    const plan = docs.documents.find((d) => d.file === '分工方案.txt')!;
    // The list says the plan was adjusted by a later document; the notice itself was not.
    expect(docs.documents.filter((d) => d.adjusted).map((d) => d.file)).toEqual(['分工方案.txt']);
    const { clauses } = (await (await fetch(`${server.url}/api/documents/${encodeURIComponent(plan.id)}`)).json()) as { clauses: Array<{ id: string; text: string }> };
    const item = clauses.find((c) => c.text.startsWith('2.开展储罐区专项督导'))!;
    const body = (await (await fetch(`${server.url}/api/clauses/${encodeURIComponent(item.id)}`)).json()) as { change?: { status: string; by: string; effective: string } };
    expect(body.change).toMatchObject({ status: '已调整', effective: '2026-07-01' });
    const by = (await (await fetch(`${server.url}/api/clauses/${encodeURIComponent(body.change!.by)}`)).json()) as { clause: { text: string } };
    expect(by.clause.text).toContain('调整为每季度开展一次');
    const untouched = clauses.find((c) => c.text.startsWith('1.开展仓库消防检查'))!;
    expect(((await (await fetch(`${server.url}/api/clauses/${encodeURIComponent(untouched.id)}`)).json()) as { change?: unknown }).change).toBeUndefined();
  });

  it('the duty matrix marks the changed row and no other', async () => {
    const { duties } = (await (await fetch(`${server.url}/api/duties?doc=${encodeURIComponent('分工方案')}`)).json()) as { duties: Array<{ task: string; change?: { status: string } }> };
    expect(duties.map((d) => [d.task.slice(0, 10), d.change?.status ?? '']).filter(([, s]) => s !== '')).toEqual([['开展储罐区专项督导，', '已调整']]);
  });
});

describe('a change that holds in one district only', () => {
  // Fictional: a city 方案 for its districts and one district's notice changing an item there.
  const CITY_PLAN = ['青川市人民政府办公室关于印发《青川市尘肺病防治专项治理实施方案》的通知', '东坪区、西岭区人民政府：', '一、监督检查', '（一）区卫生健康局对涉尘企业每季度至少监督检查一次。'].join('\n\n');
  const DISTRICT = ['青川市东坪区卫生健康局', '关于在东坪区调整执行《青川市尘肺病防治专项治理实施方案》有关事项的通知', '现就该方案在本区范围内的执行事项调整如下。', '一、《方案》第一部分第（一）项规定的监督检查，在本区范围内由区卫生健康局每两个月至少监督检查一次。', '本通知自2026年5月1日起施行。'].join('\n\n');
  let city: Running;
  beforeAll(async () => {
    city = await startServer({}, { '方案.txt': CITY_PLAN, '东坪区通知.txt': DISTRICT });
  });
  afterAll(() => city.close());

  it('GET /api/clauses/:id marks the item as changed in that district, and the document list does not call the 方案 adjusted', async () => {
    const docs = (await (await fetch(`${city.url}/api/documents`)).json()) as { documents: Array<{ id: string; file: string; adjusted: boolean }> };
    expect(docs.documents.filter((d) => d.adjusted)).toEqual([]);
    const plan = docs.documents.find((d) => d.file === '方案.txt')!;
    const { clauses } = (await (await fetch(`${city.url}/api/documents/${encodeURIComponent(plan.id)}`)).json()) as { clauses: Array<{ id: string; text: string }> };
    const item = clauses.find((c) => c.text.startsWith('（一）区卫生健康局'))!;
    const body = (await (await fetch(`${city.url}/api/clauses/${encodeURIComponent(item.id)}`)).json()) as { change?: { status: string; scope?: string } };
    expect(body.change).toMatchObject({ status: '已调整', scope: '青川市东坪区' });
  });
});
