import { describe, it, expect } from 'vitest';
import { FORMAT_TO_READER } from './format-to-reader.js';

describe('FORMAT_TO_READER', () => {
  it('declares the layout of every format', () => {
    const layouts = Object.fromEntries(Object.entries(FORMAT_TO_READER).map(([format, r]) => [format, r.layout]));
    expect(layouts).toEqual({
      txt: { lineBreaks: 'as-typed', markup: 'none' },
      md: { lineBreaks: 'as-typed', markup: 'markdown' },
      docx: { lineBreaks: 'paragraphs', markup: 'none' },
      pdf: { lineBreaks: 'wrapped', markup: 'none' },
      html: { lineBreaks: 'paragraphs', markup: 'none' },
    });
  });
});
