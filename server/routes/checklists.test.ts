import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Fastify from 'fastify';
import mammoth from 'mammoth';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../core/config.js';
import type { Checklist } from '../../core/schemas.js';
import { buildApp, type App } from '../app.js';
import { createService } from '../service.js';

const REQUEST = '我们是文登的软件和信息技术服务企业，能不能按工信局的文件给我们列个安全检查清单？';
let dir: string;
let app: App;
let base: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'anzhi-checklist-route-'));
  const config = loadConfig({ ANZHI_DATA_DIR: dir, ANZHI_CORPUS_DIR: join(import.meta.dirname, '../../corpus/notices'), LOG_LEVEL: 'silent' });
  const service = await createService(config, Fastify({ logger: false }).log);
  app = await buildApp({ service });
  base = await app.listen({ host: '127.0.0.1', port: 0 });
});

afterAll(async () => {
  await app?.close();
  await rm(dir, { recursive: true, force: true });
});

describe('checklist routes', () => {
  it('drafts a checklist and serves it as .docx with a UTF-8 file name', async () => {
    const res = await fetch(`${base}/api/checklists`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ request: REQUEST }) });
    expect(res.status).toBe(200);
    const checklist = (await res.json()) as Checklist;
    expect(checklist.title).toBe('文登区软件和信息技术服务企业安全检查清单（初稿）');
    expect(checklist.items.every((i) => i.citations.length >= 1)).toBe(true);

    const docx = await fetch(`${base}/api/checklists/${checklist.id}.docx`);
    expect(docx.status).toBe(200);
    expect(docx.headers.get('content-type')).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
    expect(docx.headers.get('content-disposition')).toBe(
      `attachment; filename="checklist-${checklist.id}.docx"; filename*=UTF-8''${encodeURIComponent('文登区软件和信息技术服务企业安全检查清单（初稿）.docx')}`,
    );
    const { value: html } = await mammoth.convertToHtml({ buffer: Buffer.from(await docx.arrayBuffer()) });
    expect(html).toMatch(/<th><p>(?:<strong>)?检查内容(?:<\/strong>)?<\/p><\/th>/u);
    expect(html).toContain('用电用火安全管理、消防设施保养维护、疏散通道和安全出口畅通等方面情况是否符合要求');

    const csv = await fetch(`${base}/api/checklists/${checklist.id}.csv`);
    expect(csv.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(new Uint8Array(await csv.arrayBuffer()).slice(0, 3)).toEqual(new Uint8Array([0xef, 0xbb, 0xbf]));
  });

  it('answers 404 NOT_FOUND for an unknown id and 400 for a name that is not an export', async () => {
    const missing = await fetch(`${base}/api/checklists/0123456789.xlsx`);
    expect(missing.status).toBe(404);
    expect(await missing.json()).toEqual({
      error: { code: 'NOT_FOUND', message: 'checklist 0123456789 is not known to this server (drafts are kept for 30 days); draft it again with POST /api/checklists {"request": "…"}' },
    });
    const bad = await fetch(`${base}/api/checklists/0123456789.pdf`);
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as { error: { code: string } }).error.code).toBe('BAD_REQUEST');
  });

  it('refuses an empty request with QUESTION_BLANK', async () => {
    const res = await fetch(`${base}/api/checklists`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ request: '' }) });
    expect(res.status).toBe(400);
    expect(((await res.json()) as { error: { code: string } }).error.code).toBe('QUESTION_BLANK');
  });
});
