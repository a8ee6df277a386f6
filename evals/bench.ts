/**
 * npm run bench [-- --sizes 1,10,100 --queries 200]
 * Builds knowledge bases of 1×, 10× and 100× the corpus (variants of the notices with other regions,
 * units and numbers), each in its own process so peak memory is that size's, and prints ingest
 * throughput, index size, peak memory and search latency p50/p95.
 */
import { execFileSync } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { createAssistant } from '../core/assistant.js';
import { loadKnowledgeBase } from '../core/kb/knowledge-base.js';
import { loadLexicon } from '../core/lexicon/lexicon.js';
import { createEmbeddings } from '../core/retrieval/embeddings.js';
import { ingest } from '../ingest/pipeline.js';
import { readCases } from './run-cases.js';

const CORPUS = join(import.meta.dirname, '..', 'corpus', 'notices');
const PLACES: Array<[RegExp, string[]]> = [
  [/宁夏回族自治区|宁夏/gu, ['甘肃省', '青海省', '内蒙古自治区', '陕西省', '山西省']],
  [/湖北省|湖北/gu, ['湖南省', '江西省', '安徽省', '河南省', '四川省']],
  [/威海市文登区|文登区|文登/gu, ['烟台市福山区', '青岛市黄岛区', '潍坊市寒亭区', '日照市东港区', '临沂市兰山区']],
  [/舞钢市|舞钢/gu, ['汝州市', '禹州市', '长葛市', '登封市', '巩义市']],
  [/济宁/gu, ['泰安', '枣庄', '菏泽', '德州', '聊城']],
];
const UNITS: Array<[string, string[]]> = [
  ['化工处', ['石化处', '化学工业处', '原材料处']],
  ['军民结合推进处', ['安全生产处', '军民融合处', '行业安全处']],
  ['消防大队', ['消防救援站', '消防中队', '消防支队']],
];

/** A variant of a notice: other places, other office names, shifted years and counts. */
export function variant(text: string, i: number): string {
  let out = text;
  for (const [re, names] of PLACES) out = out.replace(re, names[i % names.length]!);
  for (const [from, names] of UNITS) out = out.replaceAll(from, names[i % names.length]!);
  return out.replace(/(20[12]\d)年/gu, (_, y: string) => `${Number(y) + (i % 4)}年`).replace(/至少(\d+)次/gu, (_, n: string) => `至少${Number(n) + (i % 3)}次`);
}

async function writeCorpus(dir: string, size: number): Promise<void> {
  const files = (await readdir(CORPUS)).sort();
  for (let i = 0; i < size; i++) {
    for (const f of files) {
      const text = await readFile(join(CORPUS, f), 'utf8');
      await writeFile(join(dir, `v${String(i).padStart(3, '0')}_${f}`), i === 0 ? text : variant(text, i));
    }
  }
}

async function folderBytes(dir: string): Promise<number> {
  let total = 0;
  for (const f of await readdir(dir)) total += (await stat(join(dir, f))).size;
  return total;
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? 0;
}

/** One size, measured in this process. */
async function measure(size: number, queries: number): Promise<Record<string, number>> {
  const root = await mkdtemp(join(tmpdir(), 'anzhi-bench-'));
  try {
    const docs = join(root, 'docs');
    await (await import('node:fs/promises')).mkdir(docs);
    await writeCorpus(docs, size);
    const lexicon = loadLexicon();
    const embedder = createEmbeddings(lexicon);
    const started = performance.now();
    const result = await ingest([docs], { kbDir: join(root, 'kb'), embedder, lexicon });
    const ingestMs = performance.now() - started;
    const loadStart = performance.now();
    const kb = await loadKnowledgeBase(join(root, 'kb'), embedder);
    const assistant = await createAssistant({ kb, lexicon, embedder });
    const loadMs = performance.now() - loadStart;
    const questions = (await readCases(join(import.meta.dirname, 'cases', 'dev.jsonl'))).map((c) => c.question);
    // Warm up: one pass over the questions, so JIT compilation is not counted as latency.
    for (const q of questions) await assistant.search(q, { k: 10 });
    const times: number[] = [];
    for (let i = 0; i < queries; i++) {
      const t = performance.now();
      await assistant.search(questions[i % questions.length]!, { k: 10 });
      times.push(performance.now() - t);
    }
    times.sort((a, b) => a - b);
    const ask = size === 1 ? await askOverHttp(root, questions, queries) : {};
    return {
      size,
      documents: result.documents,
      clauses: result.clauses,
      'ingest-s': ingestMs / 1000,
      'clauses-per-s': result.clauses / (ingestMs / 1000),
      'index-mb': (await folderBytes(join(root, 'kb'))) / 1024 / 1024,
      'load-ms': loadMs,
      'peak-rss-mb': process.resourceUsage().maxRSS / 1024,
      'search-p50-ms': percentile(times, 50),
      'search-p95-ms': percentile(times, 95),
      ...ask,
    };
  } finally {
    await rm(root, { recursive: true, force: true });
  }
}

/** End-to-end latency of POST /api/ask on a real server over the shipped corpus (offline mode). */
async function askOverHttp(root: string, questions: string[], n: number): Promise<Record<string, number>> {
  const { loadConfig } = await import('../core/config.js');
  const { createService } = await import('../server/service.js');
  const { buildApp } = await import('../server/app.js');
  const pino = (await import('pino')).default;
  const config = loadConfig({ ANZHI_DATA_DIR: join(root, 'http'), ANZHI_CORPUS_DIR: CORPUS });
  const app = await buildApp({ service: await createService(config, pino({ level: 'silent' })) });
  const url = await app.listen({ host: '127.0.0.1', port: 0 });
  const post = (question: string) => fetch(`${url}/api/ask`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ question }) }).then((r) => r.json());
  try {
    for (const q of questions) await post(q);
    const times: number[] = [];
    for (let i = 0; i < n; i++) {
      const t = performance.now();
      await post(questions[i % questions.length]!);
      times.push(performance.now() - t);
    }
    times.sort((a, b) => a - b);
    return { 'ask-http-p50-ms': percentile(times, 50), 'ask-http-p95-ms': percentile(times, 95) };
  } finally {
    await app.close();
  }
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    args: process.argv.slice(2).filter((a) => a !== '--'),
    options: { sizes: { type: 'string', default: '1,10,100' }, queries: { type: 'string', default: '200' }, child: { type: 'string' }, report: { type: 'string' } },
  });
  const queries = Number(values.queries);
  if (values.child) {
    process.stdout.write(JSON.stringify(await measure(Number(values.child), queries)));
    return;
  }
  const rows: Array<Record<string, number>> = [];
  for (const size of values.sizes.split(',').map(Number)) {
    const out = execFileSync(process.execPath, [...process.execArgv, import.meta.filename, '--child', String(size), '--queries', String(queries)], { encoding: 'utf8', maxBuffer: 1 << 20 });
    rows.push(JSON.parse(out) as Record<string, number>);
  }
  const keys = [...new Set(rows.flatMap((r) => Object.keys(r)))];
  const cell = (v: number | undefined) => (v === undefined ? '–' : Number.isInteger(v) ? String(v) : v.toFixed(2));
  const table = [`| ${keys.join(' | ')} |`, `|${keys.map(() => '---:').join('|')}|`, ...rows.map((r) => `| ${keys.map((k) => cell(r[k])).join(' | ')} |`)];
  const note = `${queries} searches per size over the dev questions (after one warm-up pass); ask-http: POST /api/ask on a real server, 1x only; ${process.arch}, ${(await import('node:os')).cpus().length} cores, Node ${process.version}`;
  const out = ['## Benchmark (`npm run bench`)', '', ...table, '', note, ''].join('\n');
  console.log(out);
  if (values.report) await writeFile(values.report, out);
}

// Run only as a script: `variant` is also imported by tests.
if (process.argv[1] && import.meta.filename === (await import('node:fs')).realpathSync(process.argv[1])) {
  main().catch((e: unknown) => {
    console.error(e);
    process.exit(1);
  });
}
