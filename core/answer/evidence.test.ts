import { describe, expect, it } from 'vitest';
import type { Clause } from '../schemas.js';
import type { SearchHit } from '../retrieval/search.js';
import { scoreSentences } from './evidence.js';

const article = (text: string, path: string[]): Clause => ({ id: `d#${path.join('/')}`, docId: 'd', path, level: 2, kind: 'article', page: 1, text, start: 0, end: text.length });
const hit = (clause: Clause) => ({ clause, score: 1 }) as unknown as SearchHit;

describe('scoreSentences', () => {
  const duties = article('第四条 网格员履行下列职责：\n\n（一）摸清网格内小微企业底数，建立一企一档；\n\n（二）对网格内小微企业开展日常安全巡查。', ['第四条']);
  const heading = article('一、总体要求\n\n坚持人民至上、生命至上。', ['一、总体要求']);
  const texts = (clause: Clause) => scoreSentences([hit(clause)], new Map([['网格员', 1], ['职责', 1], ['总体要求', 1], ['生命至上', 1]]), 'general').map((s) => s.text);

  it('scores the lead line that announces a list, and skips a bare heading line', () => {
    expect(texts(duties)).toContain('第四条 网格员履行下列职责：');
    expect(texts(heading)).not.toContain('一、总体要求');
  });
});
