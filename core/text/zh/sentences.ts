/**
 * Sentence boundaries, in one place. The one splitter is splitSentences; the other cuts are named
 * variants for callers that need a coarser or finer piece, each with the reason it differs. All
 * offsets point into the text given, so a quote is always an exact substring.
 */

export interface Sentence {
  text: string;
  /** Offset into the text split. */
  start: number;
}

/** 。！？ — the marks that end a sentence in every variant. */
const STOPS = '。！？';

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

function spans(text: string, re: RegExp): Sentence[] {
  return [...text.matchAll(re)].map((m) => ({ text: m[0], start: m.index }));
}

// 生产经营单位…要每季度…至少开展1次… / 其中，民爆生产销售企业每月至少1次 — pieces cut at 。！？, line breaks and brackets.
const SENTENCE_OR_ASIDE = new RegExp(`[^${STOPS}\\n（(）)]+[${STOPS}]?`, 'gu');

/**
 * Sentences also cut at brackets, so an aside （其中，…） is a piece of its own: a how-often fact inside
 * it binds only the enterprise it names. Pieces are untrimmed; the brackets, and a stop right after a
 * closing bracket, fall in no piece.
 */
export function splitSentencesAndAsides(text: string): Sentence[] {
  return spans(text, SENTENCE_OR_ASIDE);
}

// 区工信局每月组织开展… / 县级监管部门要进行… — segments cut at ， ； and the sentence stops.
const SEGMENT = new RegExp(`[^，,；;${STOPS}\\n]+`, 'gu');

/**
 * Segments of a sentence, cut also at ， and ； (not at brackets: 各县（市、区）工信局 is one name), where
 * a unit heading a segment is read as its subject. Untrimmed.
 */
export function splitSegments(text: string): Sentence[] {
  return spans(text, SEGMENT);
}

// 牵头单位：市人社局；配合单位：市应急局 — up to 。 or a line break.
const PERIOD_SENTENCE = /[^。\n]+/gu;

/**
 * Pieces up to 。 or a line break, trimmed: field lines (牵头单位：…；配合单位：…) keep their ； and a line
 * of its own is a piece even without 。.
 */
export function splitAtPeriods(text: string): Sentence[] {
  const out: Sentence[] = [];
  for (const m of text.matchAll(PERIOD_SENTENCE)) {
    const lead = m[0].length - m[0].trimStart().length;
    const t = m[0].trim();
    if (t) out.push({ text: t, start: m.index + lead });
  }
  return out;
}

/**
 * The non-empty pieces between 。 (line breaks and spaces kept): how many sentences a heading line has,
 * where `一、总体要求` is one and `加强领导。明确责任。` two.
 */
export function piecesBetweenPeriods(text: string): string[] {
  return text.split('。').filter((s) => s !== '');
}

/** `（三）集中攻坚(2021年)` of `（三）集中攻坚(2021年)。针对…`: the text up to the first 。 or line break. */
export function firstPeriodSentence(text: string): string {
  return /^[^。\n]*/u.exec(text)?.[0] ?? text;
}

// 工信局负责[1][2]。 / a line — a sentence of a model's answer with the [n] markers that follow it.
const ANSWER_SENTENCE = new RegExp(`[^${STOPS}\\n]*(?:[${STOPS}](?:\\s*\\[\\d+\\])*|\\n|$)`, 'gu');

/**
 * Sentences of a model's answer, up to 。！？ or a line break with the [n] markers after the stop; every
 * character of the answer is in exactly one piece, so joining them gives the answer back.
 */
export function splitAnswerSentences(answer: string): string[] {
  return answer.match(ANSWER_SENTENCE) ?? [];
}
