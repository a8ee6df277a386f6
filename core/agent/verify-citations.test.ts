import { describe, expect, it } from 'vitest';
import type { Clause, DocumentMeta } from '../schemas.js';
import { REMOVED_QUOTE, verifyCitations } from './verify-citations.js';

function clause(id: string, docId: string, text: string, path: string[]): Clause {
  return { id, docId, path, level: path.length, kind: 'item', page: 2, text, start: 0, end: text.length };
}
const A = clause('a#1', 'a', '民爆仓库应当每日巡查一次。', ['二、']);
const B = clause('b#3', 'b', '县级监管部门每季度开展一次专项检查。', ['三、', '（一）']);
const C = clause('c#1', 'c', '不在本轮返回的条款。', ['一、']);
const returned = new Map([A, B].map((c) => [c.id, c]));
const documents = new Map<string, DocumentMeta>([
  ['a', { id: 'a', file: 'a.txt', format: 'txt', sha256: '', title: '民爆仓库管理通知', pages: 2 }],
  ['b', { id: 'b', file: 'b.docx', format: 'docx', sha256: '', title: '专项检查方案', pages: 3 }],
]);

describe('verifyCitations', () => {
  it('keeps citations whose clause was returned and whose quote is exact, mapped to the Citation schema', () => {
    const v = verifyCitations({ answer: '仓库每日巡查[1]；监管部门每季度检查[2]。', supported: true, citations: [{ n: 1, clauseId: 'a#1', quote: '每日巡查一次' }, { n: 2, clauseId: 'b#3', quote: '每季度开展一次专项检查' }] }, returned, documents);
    expect(v).toEqual({
      answer: '仓库每日巡查[1]；监管部门每季度检查[2]。',
      supported: true,
      mode: 'llm',
      citations: [
        { n: 1, docId: 'a', file: 'a.txt', title: '民爆仓库管理通知', clauseId: 'a#1', path: ['二、'], quote: '每日巡查一次', page: 2 },
        { n: 2, docId: 'b', file: 'b.docx', title: '专项检查方案', clauseId: 'b#3', path: ['三、', '（一）'], quote: '每季度开展一次专项检查', page: 2 },
      ],
    });
  });

  it('removes a clause no tool returned, an inexact quote, a duplicate n and a marker with no citation, and reports each', () => {
    const v = verifyCitations(
      {
        answer: '仓库每周巡查[1]。另见[2][3]，以及[9]。',
        supported: true,
        citations: [{ n: 1, clauseId: 'a#1', quote: '每周巡查一次' }, { n: 2, clauseId: C.id, quote: '不在本轮返回的条款' }, { n: 3, clauseId: 'b#3', quote: '专项检查' }, { n: 3, clauseId: 'a#1', quote: '每日巡查' }],
      },
      returned,
      documents,
    );
    expect(v.answer).toBe('仓库每周巡查。另见[3]，以及。');
    expect(v.citations.map((c) => [c.n, c.clauseId, c.quote])).toEqual([[3, 'b#3', '专项检查']]);
    expect(v.rejected).toEqual([
      { n: 1, reason: 'quote not found in clause a#1: 每周巡查一次' },
      { n: 2, reason: 'clause c#1 was not returned by a tool in this turn' },
      { n: 3, reason: 'citation 3 is given twice' },
      { n: 9, reason: '[9] in the answer names no citation' },
    ]);
    expect(v.supported).toBe(true);
  });

  it('replaces a quote in the text that no cited clause holds, and the sentence keeps no citation', () => {
    const v = verifyCitations({ answer: '通知要求“企业无需任何安全检查”[1]。', supported: true, citations: [{ n: 1, clauseId: 'a#1', quote: '每日巡查一次' }] }, returned, documents);
    expect(v.answer).toBe(`通知要求${REMOVED_QUOTE}。`);
    expect(v.citations).toEqual([]);
    expect(v.rejected).toEqual([{ n: 1, reason: 'the sentence citing 1 quoted text that is not in the clauses' }]);
    expect(v.supported).toBe(false);
  });

  it('is not supported when the model says so, or when nothing verified is left', () => {
    expect(verifyCitations({ answer: '文件中没有找到相关规定。', supported: false, citations: [] }, returned, documents).supported).toBe(false);
    expect(verifyCitations({ answer: '企业无需任何安全检查。', supported: true, citations: [] }, returned, documents)).toEqual({ answer: '企业无需任何安全检查。', supported: false, mode: 'llm', citations: [] });
  });
});
