/**
 * Sentences of a clause with offsets into its text, so a quote is always an exact substring.
 */

export interface Sentence {
  text: string;
  /** Offset into the clause text. */
  start: number;
}

// A sentence ends at 。！？； or at a blank line; a closing quote or bracket right after stays with it: …不再列出）
const END = /[。！？；!?;]+[”’」』）)]*|\n\n+/gu;

/** Splits a clause into sentences; the parenthetical that closes an item stays with its sentence. */
export function splitSentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  let start = 0;
  const push = (end: number) => {
    const raw = text.slice(start, end);
    const lead = raw.length - raw.trimStart().length;
    const body = raw.trim();
    if (body !== '') out.push({ text: body, start: start + lead });
  };
  for (const m of text.matchAll(END)) {
    const end = m.index + (m[0].startsWith('\n') ? 0 : m[0].length);
    push(end);
    start = m.index + m[0].length;
  }
  push(text.length);
  return mergeParentheticals(out, text);
}

/** `…空间布局。（责任处室：工业园区处）` — a sentence that is only a parenthetical joins the one before. */
function mergeParentheticals(sentences: Sentence[], text: string): Sentence[] {
  const out: Sentence[] = [];
  for (const s of sentences) {
    const prev = out.at(-1);
    if (prev && /^[（(][^）)]*[）)][。；]?$/u.test(s.text)) {
      out[out.length - 1] = { start: prev.start, text: text.slice(prev.start, s.start + s.text.length) };
    } else out.push(s);
  }
  return out;
}
