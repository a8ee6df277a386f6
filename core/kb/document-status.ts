/**
 * Whether each document is the text in force, decided from all documents together when the knowledge base is
 * built: of two texts of one regulation the later is current and the other an earlier version; a text another
 * document repeals (…同时废止《X》) is repealed; one whose 有效期 has run out is expired.
 */
import type { DocumentMeta } from '../schemas.js';
import { ISSUED_TITLE, REPEALS, TITLE_VARIANT_NOISE, BOOK_TITLE } from '../text/zh/index.js';

/**
 * The title two texts of one regulation share: 中华人民共和国, book-title brackets and version notes removed, and for a
 * 关于印发《X》的通知 the title of X. 中华人民共和国消防法 and 消防法 → 消防法.
 */
export function regulationTitle(title: string): string {
  const issued = ISSUED_TITLE.exec(title)?.[1] ?? title;
  return issued.normalize('NFKC').replace(TITLE_VARIANT_NOISE, '');
}

/** The date a text was last made: its last history entry, else its 施行日期, else its own date. */
function madeOn(doc: DocumentMeta): string | undefined {
  return doc.revisions?.at(-1)?.date ?? doc.effective ?? doc.date;
}

/** Titles each document repeals, read from its text. */
function repealedTitles(text: string): string[] {
  return [...text.matchAll(REPEALS)].flatMap((m) => [...m[1]!.matchAll(BOOK_TITLE)].map((t) => regulationTitle(t[1]!)));
}

/**
 * Sets `status` (and `currentVersion` for an earlier version) on every document; returns new objects.
 * Precedence: repealed, earlier-version, expired, current. `today` is an ISO date; `texts` the cleaned text per
 * document id (where 同时废止 statements are read). A document repeals another only once it is in force itself,
 * and never a text of its own regulation (that is a newer version, not a repeal).
 */
export function documentStatuses(documents: readonly DocumentMeta[], today: string, texts: Readonly<Record<string, string>> = {}): DocumentMeta[] {
  const key = (d: DocumentMeta) => `${d.place ?? ''}|${regulationTitle(d.title)}`;
  const repealed = new Set<string>();
  for (const d of documents) {
    if ((d.effective ?? d.date ?? '') > today) continue;
    for (const title of repealedTitles(texts[d.id] ?? '')) {
      for (const target of documents) if (target !== d && regulationTitle(target.title) === title && key(target) !== key(d)) repealed.add(target.id);
    }
  }
  const byKey = new Map<string, DocumentMeta[]>();
  for (const d of documents) byKey.set(key(d), [...(byKey.get(key(d)) ?? []), d]);
  const currentOf = new Map<string, string>();
  for (const group of byKey.values()) {
    if (group.length < 2) continue;
    const dated = group.filter((d) => madeOn(d) !== undefined).sort((a, b) => madeOn(b)!.localeCompare(madeOn(a)!));
    const latest = dated[0];
    // Texts of unknown date cannot be ordered, and copies of the latest text are all current; the first names them.
    if (!latest) continue;
    for (const d of dated) if (madeOn(d) !== madeOn(latest)) currentOf.set(d.id, latest.id);
  }
  return documents.map((d) => {
    const { status: _status, currentVersion: _current, ...rest } = d;
    if (repealed.has(d.id)) return { ...rest, status: 'repealed' };
    const current = currentOf.get(d.id);
    if (current !== undefined) return { ...rest, status: 'earlier-version', currentVersion: current };
    if (d.validUntil !== undefined && d.validUntil < today) return { ...rest, status: 'expired' };
    return { ...rest, status: 'current' };
  });
}
