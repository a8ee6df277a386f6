import { describe, expect, it } from 'vitest';
import { ofDocuments } from './of-documents.js';

const ITEMS = [
  { id: 'a1', docId: 'a' },
  { id: 'b1', docId: 'b' },
  { id: 'a2', docId: 'a' },
  { id: 'c1', docId: 'c' },
  { id: 'b2', docId: 'b' },
];

describe('ofDocuments', () => {
  it.each([
    [['b', 'a'], ['a1', 'b1', 'a2', 'b2']],
    [['c'], ['c1']],
    [['b', 'b'], ['b1', 'b2']],
    [['x'], []],
    [[], []],
  ])('documents %j → %j, in list order as a filter gives them', (docIds, expected) => {
    expect(ofDocuments(ITEMS, docIds).map((x) => x.id)).toEqual(expected);
    expect(ofDocuments(ITEMS, new Set(docIds)).map((x) => x.id)).toEqual(ITEMS.filter((x) => docIds.includes(x.docId)).map((x) => x.id));
  });
});
