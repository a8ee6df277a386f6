import { execFile } from 'node:child_process';
import { copyFile, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadKnowledgeBase } from '../core/kb/knowledge-base.js';
import { createEmbeddings } from '../core/retrieval/embeddings.js';
import { makeEncryptedPdf, makeScannedPdf } from './__fixtures__/make-fixtures.js';
import { ingest } from './pipeline.js';
import { loadLexicon } from '../core/lexicon/lexicon.js';

const lexicon = loadLexicon();

const CORPUS = join(import.meta.dirname, '..', 'corpus', 'notices');
const run = promisify(execFile);
let root: string;
let docs: string;
let kbDir: string;

beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'anzhi-pipeline-'));
  docs = join(root, 'docs');
  kbDir = join(root, 'kb');
  await mkdir(docs);
  await copyFile(join(CORPUS, '004_030a31d8aad843b8.txt'), join(docs, '004_030a31d8aad843b8.txt'));
  await copyFile(join(CORPUS, '002_c1536b6ac6ba3ddc.txt'), join(docs, '002_c1536b6ac6ba3ddc.txt'));
});
afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

async function writeBadFiles(): Promise<void> {
  await writeFile(join(docs, 'empty.txt'), '');
  await writeFile(join(docs, 'broken.pdf'), '%PDF-1.7\nnot really a pdf');
  await writeFile(join(docs, 'locked.pdf'), await makeEncryptedPdf());
  await writeFile(join(docs, 'scan.pdf'), await makeScannedPdf());
  await writeFile(join(docs, 'draft.docx'), '这不是一个 zip 文件');
  await writeFile(join(docs, 'photo.txt'), new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]));
}

describe('ingest', () => {
  it('builds once, then does nothing on unchanged input', async () => {
    const embedder = createEmbeddings(lexicon);
    const first = await ingest([docs], { kbDir, embedder, lexicon });
    expect(first).toMatchObject({ changed: true, documents: 2, failures: [], kept: [] });
    const again = await ingest([docs], { kbDir, embedder, lexicon });
    expect(again.changed).toBe(false);
    const kb = await loadKnowledgeBase(kbDir, embedder);
    expect(kb.manifest.files.map((f) => f.file)).toEqual(['002_c1536b6ac6ba3ddc.txt', '004_030a31d8aad843b8.txt']);
    expect(kb.clauses.length).toBe(kb.vectors.size);
    expect((await readdir(root)).sort()).toEqual(['docs', 'kb']);
  });

  it('reports each bad file with its code, ingests the rest, and keeps a document whose new file is broken', async () => {
    const embedder = createEmbeddings(lexicon);
    await ingest([docs], { kbDir, embedder, lexicon });
    await writeBadFiles();
    await writeFile(join(docs, '004_030a31d8aad843b8.txt'), new Uint8Array(0));
    const result = await ingest([docs], { kbDir, embedder, lexicon });
    const codes = Object.fromEntries(result.failures.map((f) => [f.file.replace(/^.*\//u, ''), f.code]));
    expect(codes).toEqual({
      '004_030a31d8aad843b8.txt': 'INGEST_EMPTY_FILE',
      'broken.pdf': 'INGEST_CORRUPT',
      'draft.docx': 'INGEST_CORRUPT',
      'empty.txt': 'INGEST_EMPTY_FILE',
      'locked.pdf': 'INGEST_ENCRYPTED',
      'photo.txt': 'INGEST_UNSUPPORTED_FORMAT',
      'scan.pdf': 'INGEST_NO_TEXT',
    });
    for (const f of result.failures) expect(f.message).toContain(f.file.replace(/^.*\//u, ''));
    expect(result.kept).toEqual(['004_030a31d8aad843b8.txt']);
    const kb = await loadKnowledgeBase(kbDir, embedder);
    expect(kb.documents.map((d) => d.id).sort()).toEqual(['002_c1536b6ac6ba3ddc', '004_030a31d8aad843b8']);
    expect(kb.clauses.some((c) => c.text.includes('（责任处室：化工处）'))).toBe(true);
  });

  it('when nothing can be ingested, the previous knowledge base is untouched', async () => {
    const embedder = createEmbeddings(lexicon);
    await ingest([docs], { kbDir, embedder, lexicon });
    const before = await readFile(join(kbDir, 'manifest.json'), 'utf8');
    const bad = join(root, 'bad');
    await mkdir(bad);
    await writeFile(join(bad, 'empty.txt'), '');
    await expect(ingest([bad], { kbDir, embedder, lexicon })).rejects.toMatchObject({ code: 'INGEST_NO_TEXT' });
    expect(await readFile(join(kbDir, 'manifest.json'), 'utf8')).toBe(before);
  });

  it('a knowledge base left half-swapped by a crash is restored before anything else', async () => {
    const embedder = createEmbeddings(lexicon);
    await ingest([docs], { kbDir, embedder, lexicon });
    // A crash between the two renames of the swap: the old folder is aside, the new one never arrived.
    await (await import('node:fs/promises')).rename(kbDir, `${kbDir}.old-123-456`);
    const again = await ingest([docs], { kbDir, embedder, lexicon });
    expect(again.changed).toBe(false);
    expect((await readdir(root)).sort()).toEqual(['docs', 'kb']);
  });

  it('the CLI prints one line per bad file and exits 2 when some failed', async () => {
    await writeBadFiles();
    const env = { ...process.env, ANZHI_DATA_DIR: join(root, 'data') };
    const error = await run(process.execPath, ['--import', 'tsx', join(import.meta.dirname, 'cli.ts'), docs], { env, cwd: join(import.meta.dirname, '..') }).catch((e: { code: number; stdout: string; stderr: string }) => e);
    expect('code' in error ? error.code : 0).toBe(2);
    const lines = error.stderr.trim().split('\n').filter((l) => /^INGEST_/u.test(l));
    expect(lines).toHaveLength(6);
    expect(lines.find((l) => l.includes('locked.pdf'))).toMatch(/^INGEST_ENCRYPTED {2}.*locked\.pdf {2}.*remove the password/u);
    expect(error.stdout).toContain('knowledge base built: 2 documents');
  });
});

describe('ingest reuses what did not change', () => {
  it('a new file is the only one parsed: unchanged files keep their documents, clauses and duties', async () => {
    const embedder = createEmbeddings(lexicon);
    const first = await ingest([docs], { kbDir, embedder, lexicon });
    expect(first).toMatchObject({ parsedFiles: 2, reusedFiles: 0 });
    const before = await loadKnowledgeBase(kbDir, embedder);
    await copyFile(join(CORPUS, '000_520195096db562b3.txt'), join(docs, '000_520195096db562b3.txt'));
    const second = await ingest([docs], { kbDir, embedder, lexicon });
    expect(second).toMatchObject({ changed: true, documents: 3, parsedFiles: 1, reusedFiles: 2, failures: [] });
    const after = await loadKnowledgeBase(kbDir, embedder);
    for (const id of ['002_c1536b6ac6ba3ddc', '004_030a31d8aad843b8']) {
      expect(after.clauses.filter((c) => c.docId === id)).toEqual(before.clauses.filter((c) => c.docId === id));
      expect(after.duties.filter((d) => d.docId === id)).toEqual(before.duties.filter((d) => d.docId === id));
    }
    expect(after.manifest.lexiconId).toBe(lexicon.id);
    // A changed file is read again; the others are not.
    await writeFile(join(docs, '002_c1536b6ac6ba3ddc.txt'), '关于加强储能电站安全管理的通知\n\n一、储能电站运营单位每周至少开展1次消防设施检查。\n');
    const third = await ingest([docs], { kbDir, embedder, lexicon });
    expect(third).toMatchObject({ parsedFiles: 1, reusedFiles: 2 });
    expect((await loadKnowledgeBase(kbDir, embedder)).clauses.some((c) => c.text.includes('每周至少开展1次消防设施检查'))).toBe(true);
  });
});
