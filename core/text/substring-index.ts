/**
 * "Which of these texts contain this string?" answered from an index of character pairs instead of a scan.
 * Answers asked this for every query term against every clause text (rarity of a term, whether the
 * knowledge base mentions a unit or a concept at all): at 2,500 clauses the scans were a third of an ask.
 *
 * Invariant: a text that contains `t` contains every pair of adjacent UTF-16 code units of `t`, so the
 * texts holding `t`'s rarest pair are a superset of the answer; each is then checked with `includes`, so
 * the result is exactly that of the scan. Strings of one code unit fall back to the scan.
 */
export class SubstringIndex {
  readonly texts: readonly string[];
  /** Indices of the texts holding each pair of adjacent code units, ascending. */
  readonly #pairs = new Map<string, number[]>();

  constructor(texts: readonly string[]) {
    this.texts = texts;
    texts.forEach((text, i) => {
      for (let at = 0; at + 1 < text.length; at++) {
        const pair = text.slice(at, at + 2);
        const list = this.#pairs.get(pair);
        if (!list) this.#pairs.set(pair, [i]);
        else if (list.at(-1) !== i) list.push(i);
      }
    });
  }

  /** Indices of the texts that contain `t`, ascending (every text for the empty string). */
  containing(t: string): number[] {
    const candidates = this.#candidates(t);
    if (candidates === undefined) return this.texts.flatMap((x, i) => (x.includes(t) ? [i] : []));
    // A pair's postings are exactly the texts holding it.
    if (t.length === 2) return [...candidates];
    return candidates.filter((i) => this.texts[i]!.includes(t));
  }

  /** True when some text contains `t`. */
  has(t: string): boolean {
    const candidates = this.#candidates(t);
    if (candidates === undefined) return this.texts.some((x) => x.includes(t));
    if (t.length === 2) return candidates.length > 0;
    return candidates.some((i) => this.texts[i]!.includes(t));
  }

  /** The postings of `t`'s rarest pair; undefined when `t` is shorter than a pair. */
  #candidates(t: string): readonly number[] | undefined {
    if (t.length < 2) return undefined;
    let best: readonly number[] | undefined;
    for (let at = 0; at + 1 < t.length; at++) {
      const list = this.#pairs.get(t.slice(at, at + 2));
      if (!list) return [];
      if (!best || list.length < best.length) best = list;
    }
    return best;
  }
}
