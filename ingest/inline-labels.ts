/**
 * Inline industry labels that open a sub-clause inside a paragraph:
 * `…严格闭环管理。**民爆行业**，区工信局每月组织…**修造船行业**，每季度…`.
 */

export interface InlineLabel {
  name: string;
  start: number;
}

// 民爆行业， 修造船等其他监管行业， 废弃资源综合利用业， 软件和信息技术服务业， — a short name ending in 业 then ，
const PLAIN_LABEL = /(?<=^|[。；])([^，。；：、“”《》（）\d]{2,16}?业)[，,]/gu;

/**
 * Labels in text[start, end): emphasised spans (from markdown `**…**`) that open a sentence and are
 * followed by ，. Without emphasis, plain `XX行业，` sentence openings count only when there are two or
 * more of them, so a lone sentence such as `民爆行业，…` in running text does not split a clause.
 */
export function findLabels(text: string, start: number, end: number, emphasis: Array<[number, number]>): InlineLabel[] {
  const opensSentence = (at: number) => at === start || /[。；]/u.test(text[at - 1] ?? '');
  const followedByComma = (at: number) => /[，,]/u.test(text[at] ?? '');
  const marked = emphasis
    .filter(([a, b]) => a > start && b < end && opensSentence(a) && followedByComma(b))
    .map(([a, b]) => ({ name: text.slice(a, b), start: a }));
  if (marked.length > 0) return marked;
  const body = text.slice(start, end);
  const plain = [...body.matchAll(PLAIN_LABEL)].map((m) => ({ name: m[1]!, start: start + m.index }));
  return plain.length >= 2 ? plain : [];
}
