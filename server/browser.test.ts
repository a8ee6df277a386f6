/**
 * The web page in a real browser: Debian's chromium driven by playwright-core against real servers on
 * 127.0.0.1:0. Screenshots of every view go to test-output/screenshots/. Without /usr/bin/chromium the
 * suite is skipped with a message, unless ANZHI_REQUIRE_BROWSER=1 (CI), where that is a failure.
 */
import { existsSync } from 'node:fs';
import { mkdir, readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { EXPORT_FORMATS } from '../core/checklist/export-formats.js';
import { startServer, type Running } from './__fixtures__/start-server.js';
import { callTools, finalAnswer, returnedClauses, startFakeModel, step, type FakeModel } from './__fixtures__/fake-model.js';
import mammoth from 'mammoth';
import ExcelJS from 'exceljs';

// ANZHI_CHROMIUM only exists to check the skip and the CI failure without uninstalling chromium.
const CHROMIUM = process.env.ANZHI_CHROMIUM ?? '/usr/bin/chromium';
const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
const SHOTS = join(import.meta.dirname, '..', 'test-output', 'screenshots');
const TOKEN = 'browser-suite-token';
const SKIP = `browser suite skipped: ${CHROMIUM} not found; install Debian chromium (apt-get install -y chromium)`;

const hasBrowser = existsSync(CHROMIUM);
/** Waits for a value that the page fills in asynchronously (the default 1 s is short on a busy 2-core machine). */
const poll = <T>(fn: () => Promise<T>) => expect.poll(fn, { timeout: 15_000 });
const required = process.env.ANZHI_REQUIRE_BROWSER === '1';
if (!hasBrowser && !required) console.warn(SKIP);

describe.runIf(!hasBrowser && required)('browser suite (required by ANZHI_REQUIRE_BROWSER=1)', () => {
  it('has chromium to run with', () => {
    throw new Error(SKIP.replace('skipped', 'cannot run'));
  });
});

describe.skipIf(!hasBrowser)('the web page in chromium', () => {
  let browser: Browser;
  let server: Running;
  let context: BrowserContext;
  const pageErrors: string[] = [];

  beforeAll(async () => {
    await mkdir(SHOTS, { recursive: true });
    [browser, server] = await Promise.all([chromium.launch({ executablePath: CHROMIUM, args: ARGS }), startServer({ ADMIN_TOKEN: TOKEN })]);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  async function open(base: string, hash = '', viewport = { width: 1280, height: 860 }): Promise<Page> {
    context = await browser.newContext({ viewport, acceptDownloads: true, locale: 'zh-CN' });
    const page = await context.newPage();
    page.on('pageerror', (e) => pageErrors.push(e.message));
    await page.goto(`${base}/${hash}`);
    await page.locator('body[data-ready]').waitFor();
    return page;
  }

  /** The whole page: the viewport grows to the content first, so the sticky question box sits at the real bottom. */
  async function shot(page: Page, name: string, whole = true): Promise<void> {
    if (!whole) return void (await page.screenshot({ path: join(SHOTS, `${name}.png`) }));
    const viewport = page.viewportSize()!;
    const height = Number(await page.evaluate('document.documentElement.scrollHeight'));
    await page.setViewportSize({ width: viewport.width, height: Math.max(viewport.height, height) });
    await page.screenshot({ path: join(SHOTS, `${name}.png`) });
    await page.setViewportSize(viewport);
  }

  async function ask(page: Page, question: string): Promise<ReturnType<Page['locator']>> {
    const before = await page.locator('.msg.assistant').count();
    await page.locator('#question').fill(question);
    await page.locator('#question').press('Enter');
    const answer = page.locator('.msg.assistant').nth(before);
    await answer.and(page.locator(':not(.pending)')).waitFor();
    return answer;
  }

  it('loads small, then streams an answer over the socket with citation buttons', async () => {
    context = await browser.newContext({ viewport: { width: 1280, height: 860 } });
    const page = await context.newPage();
    const loaded: Array<{ url: string; bytes: number }> = [];
    page.on('requestfinished', (request) => {
      void request.sizes().then((s) => loaded.push({ url: request.url(), bytes: s.responseBodySize + s.responseHeadersSize }));
    });
    await page.goto(`${server.url}/`);
    await page.locator('body[data-ready]').waitFor();
    const weight = loaded.filter((r) => /^\/(assets\/[a-z-]+\.(js|css))?$/u.test(new URL(r.url).pathname));
    const total = weight.reduce((n, r) => n + r.bytes, 0);
    console.log(`page weight, first load: ${total} bytes in ${weight.length} files, headers included (${weight.map((r) => `${new URL(r.url).pathname} ${r.bytes}`).join(', ')})`);
    // Every file of the page is loaded up front (no lazy chunk), and nothing else.
    const assets = (await readdir(join(import.meta.dirname, 'public'))).filter((f) => /\.(js|css)$/u.test(f));
    expect(weight.map((r) => new URL(r.url).pathname).sort()).toEqual(['/', ...assets.map((f) => `/assets/${f}`)].sort());
    expect(loaded.every((r) => r.url.startsWith(server.url))).toBe(true);
    expect(await page.locator('#status').textContent()).toContain('5 份文件');

    // Shift+Enter makes a new line and sends nothing.
    await page.locator('#question').press('Shift+Enter');
    expect(await page.locator('#question').inputValue()).toBe('\n');
    expect(await page.locator('.msg').count()).toBe(0);

    const started = Date.now();
    await page.locator('#question').fill('城市安全风险信息平台归哪个处管');
    await page.locator('#question').press('Enter');
    const answer = page.locator('.msg.assistant').first();
    await answer.locator('.body p').first().waitFor();
    const wall = Date.now() - started;
    await answer.and(page.locator(':not(.pending)')).waitFor();
    console.log(`time to first answer token: ${await answer.getAttribute('data-first-token-ms')} ms in the page (socket send → first answer-delta), ${wall} ms from the key press to visible text`);
    await poll(() => answer.textContent()).toContain('军民结合推进处');
    expect(await answer.getAttribute('data-mode')).toBe('extractive');
    expect(await answer.locator('button.cite').count()).toBeGreaterThan(0);
    expect(await answer.locator('.sources button').first().textContent()).toContain('《自治区工业和信息化厅关于印发');
    expect(await page.locator('#send').isEnabled()).toBe(true);
    expect(await page.locator('#stop').isDisabled()).toBe(true);

    // The follow-up only makes sense with the history of the first turn.
    await ask(page, '济宁的通知对民爆企业值班有啥要求？');
    const follow = await ask(page, '那县里的监管部门在这块要干啥？');
    expect(await follow.textContent()).toContain('县级监管部门要进行值班值守和应急防范工作专项检查');
    await shot(page, 'chat');
    expect(pageErrors).toEqual([]);
  });

  it('opens a citation in the side panel with the quote highlighted and the clauses around it', async () => {
    const page = await open(server.url);
    const answer = await ask(page, '城市安全风险信息平台归哪个处管');
    const cite = answer.locator('button.cite').first();
    await cite.click();
    const panel = page.locator('#source');
    await panel.locator('.clause-text mark').waitFor();
    expect(await panel.locator('.doc-title').textContent()).toBe('自治区工业和信息化厅关于印发《贯彻落实推进城市安全发展的实施意见工作方案》的通知');
    expect(await panel.locator('.meta').textContent()).toContain('宁工信安委发〔2019〕19号');
    expect(await panel.locator('.meta').textContent()).toContain('2019年6月28日');
    expect(await panel.locator('.path').first().textContent()).toContain('二、健全城市安全防控机制 › （一）强化城市安全风险管控');
    expect(await panel.locator('mark').textContent()).toContain('（责任处室：军民结合推进处、信息化推进处）');
    expect(await panel.locator('.ctx.before').count()).toBeGreaterThan(0);
    expect(await panel.locator('.ctx.after').count()).toBeGreaterThan(0);
    await shot(page, 'citation');
    // Escape closes the panel and gives the focus back to the [n] that opened it.
    await page.keyboard.press('Escape');
    expect(await panel.isHidden()).toBe(true);
    expect(await answer.locator('button.cite:focus').count()).toBe(1);
    await cite.click();
    await panel.getByRole('button', { name: '在文件中浏览' }).click();
    await page.locator('#clause-tree li.current').waitFor();
    expect(await page.locator('#clause-tree li.current').textContent()).toContain('1.积极配合相关部门建立城市安全风险信息管理平台');
    expect(await page.locator('#tab-docs').getAttribute('aria-selected')).toBe('true');

    const phone = await open(server.url, '', { width: 390, height: 844 });
    const small = await ask(phone, '城市安全风险信息平台归哪个处管');
    expect(await phone.evaluate('document.documentElement.scrollWidth')).toBeLessThanOrEqual(390);
    await shot(phone, 'phone-chat', false);
    await small.locator('button.cite').first().click();
    await phone.locator('#source .clause-text mark').waitFor();
    await shot(phone, 'phone-citation', false);
  });

  it('shows the facts an answer states first, each opening its citation', async () => {
    const page = await open(server.url);
    const answer = await ask(page, '普通企业的主要负责人亲自带队查重大隐患，文登规定多久至少一回？');
    const fact = answer.locator('.facts li').first();
    await fact.waitFor();
    expect(await fact.locator('.fact-type').textContent()).toBe('频次');
    expect(await fact.textContent()).toContain('每季度至少1次');
    await fact.locator('button.cite').click();
    await page.locator('#source .clause-text mark').waitFor();
    expect(await page.locator('#source mark').textContent()).toContain('每季度');
    await shot(page, 'chat-facts');
  });

  it('shows an answer the documents do not support differently', async () => {
    const page = await open(server.url);
    const answer = await ask(page, '这几份文件对特种作业人员持证上岗有啥具体要求？');
    expect(await answer.getAttribute('class')).toContain('unsupported');
    expect(await answer.locator('.badge').textContent()).toBe('文件中没有找到依据');
    expect(await answer.textContent()).toContain('文件中没有找到');
    await shot(page, 'chat-unsupported');
  });

  it('lists the documents and filters a clause tree', async () => {
    const page = await open(server.url);
    // The tabs follow the WAI-ARIA pattern: arrow keys move between them.
    await page.locator('#tab-chat').focus();
    await page.keyboard.press('ArrowRight');
    expect(await page.locator('#tab-docs').getAttribute('aria-selected')).toBe('true');
    expect(await page.locator('#tab-docs:focus').count()).toBe(1);
    const rows = page.locator('#doc-table tbody tr');
    await poll(() => rows.count()).toBe(5);
    expect(await rows.filter({ hasText: '宁工信安委发〔2019〕19号' }).count()).toBe(1);
    // Level, place, 施行日期 and status, read from the text: columns 5–8.
    const cells = await rows.filter({ hasText: '宁工信安委发〔2019〕19号' }).locator('td').allTextContents();
    expect(cells.slice(4, 8)).toEqual(['工作文件', '宁夏回族自治区', '—', '现行']);
    expect(await rows.locator('.doc-status').allTextContents()).toEqual(['现行', '现行', '现行', '现行', '现行']);
    // The place filter asks the server, which lists a place with everything inside it.
    await page.locator('#doc-place').selectOption('威海市文登区');
    await poll(() => rows.count()).toBe(1);
    expect(await rows.first().locator('td').nth(5).textContent()).toBe('威海市文登区');
    await poll(() => page.locator('#doc-count').textContent()).toBe('共 5 个文件，筛选出 1 个');
    await page.locator('#doc-place').selectOption('');
    await poll(() => rows.count()).toBe(5);
    await shot(page, 'documents');
    await rows.filter({ hasText: '宁工信安委发〔2019〕19号' }).locator('button').click();
    await page.locator('#clause-tree li').first().waitFor();
    await page.locator('#clause-filter').fill('信息管理平台');
    await poll(() => page.locator('#clause-count').textContent()).toMatch(/匹配 1 条$/u);
    expect(await page.locator('#clause-tree mark').first().textContent()).toBe('信息管理平台');
    // The match is shown under its headings.
    expect(await page.locator('#clause-tree li').allTextContents()).toEqual([
      '二、健全城市安全防控机制',
      '（一）强化城市安全风险管控。',
      expect.stringContaining('1.积极配合相关部门建立城市安全风险信息管理平台'),
    ]);
    await shot(page, 'document-clauses');
  });

  it('filters the duty matrix by unit and exports it as CSV', async () => {
    const page = await open(server.url, '#duties');
    const rows = page.locator('#duty-table tbody tr');
    await poll(() => rows.count()).toBeGreaterThan(20);
    await page.locator('#duty-unit').fill('化工处');
    await poll(() => page.locator('#duty-count').textContent()).toBe('共 2 条职责');
    for (const row of await rows.all()) {
      const [lead, cooperate] = await Promise.all([row.locator('td').nth(1).textContent(), row.locator('td').nth(2).textContent()]);
      expect(`${lead}${cooperate}`).toContain('化工处');
    }
    expect(await page.locator('#duty-csv').getAttribute('href')).toBe(`/api/duties?unit=${encodeURIComponent('化工处')}&format=csv`);
    await shot(page, 'duties');
    const [download] = await Promise.all([page.waitForEvent('download'), page.locator('#duty-csv').click()]);
    const csv = (await readFile(await download.path())).toString('utf8');
    expect(csv.replace(/^\uFEFF/u, '').split(/\r?\n/u)[0]).toBe('文件,条款,任务,牵头,配合,时限,频次,对象,角色,来源,原文');
    expect(csv.trim().split(/\r?\n/u)).toHaveLength(3);
    expect(await page.locator('#duty-xlsx').getAttribute('href')).toBe(`/api/duties?unit=${encodeURIComponent('化工处')}&format=xlsx`);
    const [xlsx] = await Promise.all([page.waitForEvent('download'), page.locator('#duty-xlsx').click()]);
    const book = new ExcelJS.Workbook();
    // exceljs types its input as the pre-generic Buffer.
    await book.xlsx.load((await readFile(await xlsx.path())) as unknown as Parameters<typeof book.xlsx.load>[0]);
    expect(book.worksheets[0]!.rowCount).toBe(3);
    expect(String(book.worksheets[0]!.getRow(2).getCell(4).value)).toContain('化工处');
  });

  it('generates a checklist, edits it and downloads it as DOCX', async () => {
    const page = await open(server.url, '#checklists');
    await page.locator('#checklist-request').fill('对民爆企业开展安全检查');
    await page.locator('#checklist-form button[type=submit]').click();
    const items = page.locator('#checklist-items > li');
    await page.locator('#checklist-items > li, #checklist-status:text("失败")').first().waitFor({ timeout: 30_000 });
    expect(await page.locator('#checklist-status').textContent()).not.toContain('失败');
    expect(await items.count()).toBeGreaterThan(1);
    const count = await items.count();
    const contentOf = async (i: number) => (await items.nth(i).locator('p').first().textContent()) ?? '';
    const [first, second] = [await contentOf(0), await contentOf(1)];
    await items.nth(1).getByRole('button', { name: /^上移/u }).click();
    await page.locator('#checklist-edited').waitFor({ state: 'hidden' });
    expect(await contentOf(0)).toBe(second);
    await items.nth(1).getByRole('button', { name: /^删除/u }).click();
    await page.locator('#checklist-edited').waitFor({ state: 'hidden' });
    expect(await items.count()).toBe(count - 1);
    await shot(page, 'checklist');
    // The page offers every export format the server serves, in its order.
    expect(await page.locator('#checklist-exports a').evaluateAll((links) => links.map((a) => a.getAttribute('data-format')))).toEqual([...EXPORT_FORMATS]);
    // The edits are saved on the server, so the export is what the page shows.
    const [download] = await Promise.all([page.waitForEvent('download'), page.locator('#checklist-exports a[data-format=docx]').click()]);
    const docx = await readFile(await download.path());
    expect(docx.subarray(0, 2).toString('latin1')).toBe('PK');
    const text = (await mammoth.extractRawText({ buffer: docx })).value;
    expect(text.indexOf(second.slice(0, 12))).toBeGreaterThan(-1);
    expect(text).not.toContain(first.slice(0, 20));
  });

  it('uploads a TXT notice with the token, then answers from it and shows its text literally', async () => {
    const page = await open(server.url, '#upload');
    expect(await page.locator('#tab-upload').isVisible()).toBe(true);
    const notice = [
      '关于开展液氨制冷企业夜间巡查工作的通知',
      '',
      '各有关单位：',
      '为防范液氨泄漏事故，现就夜间巡查工作通知如下。',
      '一、巡查要求',
      '液氨储罐区每日22时至次日6时至少巡查2次，巡查记录保存不少于一年。（责任科室：冷链安全督查科）',
      '二、其他事项',
      '备注：<img src=x onerror="window.__pwned=1"><b>不应加粗</b>',
    ].join('\n');
    await page.locator('#upload-token').fill(TOKEN);
    await page.locator('#upload-files').setInputFiles({ name: '液氨夜间巡查通知.txt', mimeType: 'text/plain', buffer: Buffer.from(notice) });
    await page.locator('#upload-form button[type=submit]').click();
    const result = page.locator('#upload-results li').first();
    await result.locator('.ok, .error').first().waitFor({ timeout: 30_000 });
    expect(await result.locator('.ok').textContent()).toMatch(/^已收录。知识库现有 6 份文件、\d+ 条条款、\d+ 条职责。$/u);
    expect(await result.locator('progress').getAttribute('value')).toBe('100');
    expect(await page.locator('#status').textContent()).toContain('6 份文件');
    await shot(page, 'upload');

    await page.locator('#tab-chat').click();
    const answer = await ask(page, '液氨储罐区夜间巡查有什么要求？');
    expect(await answer.textContent()).toContain('每日22时至次日6时至少巡查2次');
    expect(await answer.locator('.sources').textContent()).toContain('关于开展液氨制冷企业夜间巡查工作的通知');

    await page.locator('#tab-docs').click();
    await page.locator('#doc-table tbody tr button', { hasText: '液氨制冷企业夜间巡查' }).click();
    await page.locator('#clause-filter').fill('备注');
    await poll(() => page.locator('#clause-tree').textContent()).toContain('<img src=x onerror="window.__pwned=1"><b>不应加粗</b>');
    expect(await page.locator('#clause-tree img, #clause-tree b').count()).toBe(0);
    expect(await page.evaluate('window.__pwned')).toBeUndefined();
  });

  it('refuses an upload without the token and says why', async () => {
    const page = await open(server.url, '#upload');
    await page.locator('#upload-files').setInputFiles({ name: '无令牌.txt', mimeType: 'text/plain', buffer: Buffer.from('关于测试的通知\n\n一、测试。') });
    await page.locator('#upload-form button[type=submit]').click();
    const error = page.locator('#upload-results .error');
    await error.waitFor();
    expect(await error.textContent()).toBe('上传失败：管理员令牌不正确或未填写。uploading needs the administrator token: send Authorization: Bearer <ADMIN_TOKEN>（UNAUTHORIZED）');
    await shot(page, 'upload-refused');
  });

  describe('on a server without ADMIN_TOKEN', () => {
    let plain: Running;
    beforeAll(async () => {
      plain = await startServer();
    });
    afterAll(async () => plain?.close());

    it('hides the upload tab, and the server refuses uploads', async () => {
      const page = await open(plain.url, '#upload');
      expect(await page.locator('#tab-upload').isHidden()).toBe(true);
      expect(await page.locator('#view-chat').isVisible()).toBe(true);
      const status = await page.evaluate(`fetch('/api/documents?name=x.txt', { method: 'POST', headers: { 'content-type': 'application/octet-stream' }, body: 'x' }).then((r) => r.status)`);
      expect(status).toBe(404);
    });
  });

  describe('with a model that streams slowly', () => {
    let model: FakeModel;
    let llm: Running;
    beforeAll(async () => {
      model = await startFakeModel(100);
      // The agent searches first, then answers through final_answer citing the clause the search returned.
      model.reply = (body) => {
        if (step(body) === 0) return callTools(['search_clauses', { query: '城市安全风险信息管理平台' }]);
        const clause = returnedClauses(body).find((c) => c.text.includes('军民结合推进处、信息化推进处'));
        const answer = '城市安全风险信息管理平台由军民结合推进处、信息化推进处负责[1]。这一平台要定期辨识评估城市安全风险，确定风险等级，绘制四色分布图，编制白皮书并及时更新发布。';
        return finalAnswer(answer, clause ? [{ n: 1, clauseId: clause.clauseId, quote: '军民结合推进处、信息化推进处' }] : []);
      };
      llm = await startServer({ OPENAI_BASE_URL: model.url, OPENAI_API_KEY: 'test', CHAT_MODEL: 'fake' });
    });
    afterAll(async () => {
      await llm?.close();
      await model?.close();
    });

    it('shows the text while it arrives, and the stop button ends it', async () => {
      const page = await open(llm.url);
      await page.locator('#question').fill('城市安全风险信息平台归哪个处管');
      await page.locator('#question').press('Enter');
      const answer = page.locator('.msg.assistant').first();
      await poll(() => answer.locator('.body').textContent()).toContain('军民结合');
      expect(await answer.getAttribute('class')).toContain('pending');
      await shot(page, 'chat-streaming');
      await answer.and(page.locator(':not(.pending)')).waitFor({ timeout: 20_000 });
      expect(await answer.locator('button.cite').count()).toBe(1);
      expect(await answer.getAttribute('data-mode')).toBe('llm');

      await page.locator('#question').fill('它要多久更新一次？');
      await page.locator('#question').press('Enter');
      const second = page.locator('.msg.assistant').nth(1);
      await poll(() => second.locator('.body').textContent()).not.toBe('正在检索文件…');
      await page.locator('#stop').click();
      expect(await second.textContent()).toContain('已停止回答。');
      const partial = await second.locator('.body').textContent();
      await new Promise((r) => setTimeout(r, 600));
      expect(await second.locator('.body').textContent()).toBe(partial);
      expect(await page.locator('#send').isEnabled()).toBe(true);
    });
  });
});
