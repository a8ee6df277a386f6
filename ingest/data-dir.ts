/**
 * Where things live in the data directory ($ANZHI_DATA_DIR), and what every entry point does first: the
 * knowledge base in kb/, uploaded files in uploads/, the ingest lock beside them. Uploads are part of what a
 * rebuild reads, whoever runs it (the server, npm run ingest, or a CLI that finds no knowledge base).
 */
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Config } from '../core/config.js';
import type { ParseLimits } from './document-parser.js';
import { recoverKnowledgeBase } from './pipeline.js';
import { recoverUploads } from './uploads.js';

export function kbDirOf(config: Pick<Config, 'dataDir'>): string {
  return join(config.dataDir, 'kb');
}

export function uploadsDirOf(config: Pick<Config, 'dataDir'>): string {
  return join(config.dataDir, 'uploads');
}

/** What a full rebuild reads: corpus/ and the uploads folder (created if missing). */
export async function defaultSources(config: Pick<Config, 'dataDir' | 'corpusDir'>): Promise<string[]> {
  await mkdir(uploadsDirOf(config), { recursive: true });
  return [config.corpusDir, uploadsDirOf(config)];
}

/** The configured limits on one file. */
export function parseLimitsOf(config: Pick<Config, 'maxUploadBytes' | 'ingest'>): ParseLimits {
  const { maxPages, maxUnpackedBytes, parseTimeoutMs, parseMemoryMb } = config.ingest;
  return { maxBytes: config.maxUploadBytes, maxPages, maxUnpackedBytes, timeoutMs: parseTimeoutMs, memoryMb: parseMemoryMb };
}

/**
 * Undoes what a crash left in the data directory: interrupted uploads (`.upload-*` journals, old `.NAME.bak`
 * and `.part` files) and half-swapped knowledge bases (`kb.tmp-*`, `kb.old-*`). Call it holding the ingest lock.
 * Returns what it did, for the log.
 */
export async function recoverDataDir(config: Pick<Config, 'dataDir'>): Promise<string[]> {
  const done = await recoverUploads(uploadsDirOf(config));
  return [...done, ...(await recoverKnowledgeBase(kbDirOf(config)))];
}
