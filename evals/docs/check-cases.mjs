#!/usr/bin/env node
// Checks eval case files against the eval contract (shared/evals/README.md) and the documents they cite.
// Usage: node evals/docs/check-cases.mjs [--docs DIR]... CASES.jsonl...
// Without --docs, every folder directly under evals/docs/ is searched for the `doc` names.
// Checks: schema, unique ids (across all files given), gold [] exactly for `unanswerable`, every anchor
// 8–45 characters after norm, found exactly once in its doc and inside exactly one article (a law file split
// at lines that start `第…条`), every must-contain phrase in some gold doc, no must-not phrase inside a gold
// article or a must-contain phrase. Exit 1 on any failure. No dependencies.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, dirname, basename } from 'node:path';
import { fileURLToPath } from 'node:url';

const CATEGORIES = new Set(['duty', 'applicability', 'hazard', 'frequency', 'deadline', 'checklist', 'unanswerable', 'crossdoc', 'supersede']);
const KEYS = new Set(['id', 'category', 'question', 'history', 'gold', 'answer_must_contain', 'answer_must_not_contain', 'notes']);
const ANCHOR_MIN = 8;
const ANCHOR_MAX = 45;

/** norm of the contract: NFKC, then drop whitespace and `*`. */
const norm = (s) => s.normalize('NFKC').replace(/[\s*]/gu, '');

const count = (hay, needle) => {
  let n = 0;
  for (let i = hay.indexOf(needle); i !== -1; i = hay.indexOf(needle, i + 1)) n++;
  return n;
};

// An article starts at a line like "第四十一条 消防控制室…" or "第21条 …"; "第一章" and "## 第二章" do not match.
const ARTICLE_START = /^第[一二三四五六七八九十百千零〇两\d]+条/u;

/** Split a law file into article texts (normed); header lines before 第一条 and `#` headings are dropped. */
function articles(text) {
  const out = [];
  let cur = null;
  for (const line of text.split(/\r?\n/u)) {
    if (ARTICLE_START.test(line)) {
      if (cur !== null) out.push(cur);
      cur = line;
    } else if (cur !== null && !line.startsWith('#')) {
      cur += '\n' + line;
    }
  }
  if (cur !== null) out.push(cur);
  return out.map(norm);
}

function loadDocs(dirs) {
  const docs = new Map();
  for (const dir of dirs) {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (!statSync(path).isFile()) continue;
      const text = readFileSync(path, 'utf8');
      const prev = docs.get(name);
      // The same name in two folders (README.md, or a copy kept beside another version) is usable only if identical.
      if (prev && prev.text !== text) prev.ambiguous = `${name} is in ${prev.dir} and ${dir} with different content`;
      if (!prev) docs.set(name, { dir, text, full: norm(text), arts: articles(text) });
    }
  }
  return docs;
}

const isStr = (v) => typeof v === 'string' && v.trim().length > 0;
const isStrArray = (v) => Array.isArray(v) && v.every(isStr);

function checkCase(c, docs, fail) {
  if (typeof c !== 'object' || c === null || Array.isArray(c)) return fail('not a JSON object');
  for (const k of Object.keys(c)) if (!KEYS.has(k)) fail(`unknown field "${k}"`);
  if (!isStr(c.id)) fail('id must be a non-empty string');
  if (!CATEGORIES.has(c.category)) fail(`category "${c.category}" is not one of ${[...CATEGORIES].join(', ')}`);
  if (!isStr(c.question)) fail('question must be a non-empty string');
  if (c.history !== undefined) {
    const ok = Array.isArray(c.history) && c.history.every((t) => t && (t.role === 'user' || t.role === 'assistant') && isStr(t.content));
    if (!ok) fail('history must be [{role: "user"|"assistant", content}]');
  }
  if (!Array.isArray(c.gold)) return fail('gold must be an array');
  if (!isStrArray(c.answer_must_contain)) return fail('answer_must_contain must be an array of non-empty strings');
  if (!isStrArray(c.answer_must_not_contain)) return fail('answer_must_not_contain must be an array of non-empty strings');
  if (typeof c.notes !== 'string') fail('notes must be a string');

  if (c.category === 'unanswerable') {
    if (c.gold.length !== 0) fail('an unanswerable case has gold []');
    if (c.answer_must_contain.length !== 0) fail('an unanswerable case has no gold doc to hold its must-contain phrases');
  } else if (c.gold.length === 0) {
    fail(`gold [] is only for unanswerable (category is ${c.category})`);
  }

  const goldDocs = [];
  const goldArticles = [];
  for (const g of c.gold) {
    if (!g || !isStr(g.doc) || !isStr(g.anchor) || Object.keys(g).length !== 2) {
      fail(`gold entry ${JSON.stringify(g)} must be {doc, anchor}`);
      continue;
    }
    const d = docs.get(g.doc);
    if (!d) {
      fail(`gold doc "${g.doc}" is not in any docs folder`);
      continue;
    }
    if (d.ambiguous) fail(d.ambiguous);
    goldDocs.push(d);
    const a = norm(g.anchor);
    if (a.length < ANCHOR_MIN || a.length > ANCHOR_MAX) fail(`anchor "${g.anchor}" has ${a.length} characters after norm, not ${ANCHOR_MIN}–${ANCHOR_MAX}`);
    const inFile = count(d.full, a);
    if (inFile !== 1) fail(`anchor "${g.anchor}" occurs ${inFile} times in ${g.doc}, not once`);
    const hits = d.arts.filter((t) => t.includes(a));
    if (hits.length !== 1) fail(`anchor "${g.anchor}" lies inside ${hits.length} articles of ${g.doc}, not one`);
    else goldArticles.push(hits[0]);
  }

  for (const p of c.answer_must_contain) {
    const n = norm(p);
    if (goldDocs.length > 0 && !goldDocs.some((d) => d.full.includes(n))) fail(`must-contain "${p}" is in no gold doc`);
  }
  for (const p of c.answer_must_not_contain) {
    const n = norm(p);
    if (goldArticles.some((t) => t.includes(n))) fail(`must-not "${p}" is inside a gold article, so a faithful quote would violate it`);
    for (const q of c.answer_must_contain) {
      if (norm(q).includes(n)) fail(`must-not "${p}" is inside must-contain "${q}"`);
    }
  }
}

function main(argv) {
  const dirs = [];
  const files = [];
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--docs') dirs.push(argv[++i]);
    else files.push(argv[i]);
  }
  if (files.length === 0) {
    console.error('usage: node evals/docs/check-cases.mjs [--docs DIR]... CASES.jsonl...');
    return 2;
  }
  if (dirs.length === 0) {
    const here = dirname(fileURLToPath(import.meta.url));
    for (const n of readdirSync(here)) if (statSync(join(here, n)).isDirectory()) dirs.push(join(here, n));
  }
  const docs = loadDocs(dirs);
  const ids = new Map();
  let failures = 0;
  for (const file of files) {
    const byCat = {};
    const lines = readFileSync(file, 'utf8').split(/\r?\n/u);
    let cases = 0;
    lines.forEach((line, i) => {
      if (line.trim() === '') return;
      const where = `${basename(file)}:${i + 1}`;
      let c;
      try {
        c = JSON.parse(line);
      } catch (e) {
        failures++;
        console.log(`FAIL ${where}: not JSON (${e.message})`);
        return;
      }
      cases++;
      const fail = (msg) => {
        failures++;
        console.log(`FAIL ${where} ${c?.id ?? ''}: ${msg}`);
      };
      if (c && isStr(c.id)) {
        if (ids.has(c.id)) fail(`id "${c.id}" already used at ${ids.get(c.id)}`);
        else ids.set(c.id, where);
      }
      checkCase(c, docs, fail);
      if (c && typeof c.category === 'string') byCat[c.category] = (byCat[c.category] ?? 0) + 1;
    });
    const cats = Object.entries(byCat).sort().map(([k, v]) => `${k} ${v}`).join(', ');
    console.log(`${file}: ${cases} cases (${cats})`);
  }
  console.log(failures === 0 ? 'OK: 0 failures' : `${failures} failure(s)`);
  return failures === 0 ? 0 : 1;
}

process.exitCode = main(process.argv.slice(2));
