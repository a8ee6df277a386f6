import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { thrown } from '../__fixtures__/rejection.js';
import { loadLexicon } from './lexicon.js';

const dirs: string[] = [];
function deploymentDir(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'anzhi-lexicon-'));
  dirs.push(dir);
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

describe('loadLexicon', () => {
  it('loads the shipped data with the id builtin, and each call gives its own value', () => {
    const a = loadLexicon();
    const b = loadLexicon({ extraDir: join(tmpdir(), 'no-such-anzhi-lexicon') });
    expect(a.id).toBe('builtin');
    expect(b.id).toBe('builtin');
    expect(a).not.toBe(b);
    expect(a.aliases.canonicalUnit('市工信局')).toBe('市工业和信息化局');
    expect(a.concepts).toContain('安全评价');
  });

  it('adds a deployment’s abbreviations, unit names, words and concepts from data files, without code', () => {
    const shipped = loadLexicon();
    // 雇主险 and 市应急管理综合执法队 are not in the shipped data.
    expect(shipped.aliases.groupsOf('雇主险')).toEqual([]);
    expect(shipped.aliases.canonicalUnit('区执法队')).toBe('区执法队');
    expect(shipped.tokenizer.tokenizeWords('雇主险')).not.toContain('雇主险');
    const dir = deploymentDir({
      'aliases.json': JSON.stringify({
        groups: [
          { key: '雇主责任保险', kind: 'term', terms: ['雇主险'] },
          { key: '应急管理综合行政执法支队', kind: 'unit', terms: ['执法队', '执法支队'] },
          // a known key gains a term
          { key: '应急管理局', kind: 'unit', terms: ['应急厅局'] },
        ],
      }),
      'domain-dict.txt': '涉氨制冷 20000 n\n',
      'safety-concepts.txt': '# 本地概念\n液氨泄漏处置\n',
    });
    const local = loadLexicon({ extraDir: dir });
    expect(local.id).toMatch(/^builtin\+[0-9a-f]{12}$/u);
    expect(local.aliases.expandTerms(['雇主险'])).toContainEqual({ term: '雇主责任保险', weight: 0.7 });
    expect(local.aliases.canonicalUnit('区执法队')).toBe('区应急管理综合行政执法支队');
    expect(local.aliases.canonicalUnit('应急厅局')).toBe('应急管理局');
    expect(local.aliases.canonicalUnit('市工信局')).toBe('市工业和信息化局');
    expect(local.tokenizer.tokenizeWords('雇主险怎么买')).toContain('雇主险');
    expect(local.tokenizer.tokenizeWords('涉氨制冷企业')).toContain('涉氨制冷');
    expect(local.concepts).toContain('液氨泄漏处置');
    expect(local.concepts).toContain('安全评价');
    // The shipped value is untouched.
    expect(shipped.aliases.groupsOf('雇主险')).toEqual([]);
  });

  it('reads the duties a later law moved, shipped and a deployment’s own', () => {
    expect(loadLexicon().reassigned.map((r) => r.to)).toContain('住房和城乡建设主管部门');
    const dir = deploymentDir({ 'reassigned.json': JSON.stringify({ reassigned: [{ from: ['安全生产监督管理部门'], matters: ['安全评价'], to: '应急管理部门', law: '安全生产法', since: '2021-09-01' }] }) });
    expect(loadLexicon({ extraDir: dir }).reassigned.map((r) => r.to)).toEqual(['住房和城乡建设主管部门', '应急管理部门']);
    const bad = deploymentDir({ 'reassigned.json': JSON.stringify({ reassigned: [{ from: [], matters: ['x'], to: 'y', law: 'z', since: '2021' }] }) });
    expect(thrown(() => loadLexicon({ extraDir: bad })).code).toBe('CONFIG_INVALID');
  });

  it('refuses a malformed deployment file with CONFIG_INVALID naming the file and the place', () => {
    const dir = deploymentDir({ 'aliases.json': JSON.stringify({ groups: [{ key: '雇主险', kind: 'slang', terms: [] }] }) });
    const error = thrown(() => loadLexicon({ extraDir: dir }));
    expect(error.code).toBe('CONFIG_INVALID');
    expect(error.message).toContain(join(dir, 'aliases.json'));
    expect(error.message).toContain('/groups/0/');
  });

  it('refuses a deployment file that is not JSON', () => {
    const dir = deploymentDir({ 'aliases.json': '{ groups: [' });
    expect(() => loadLexicon({ extraDir: dir })).toThrow(/is not valid JSON.*fix the file/u);
  });
});
