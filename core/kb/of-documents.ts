/**
 * The items (clauses, facts) of some documents, in list order, without walking the whole list: a checklist
 * draft reads the clauses and facts of the documents it names, and at 20k clauses the walks were most of it.
 */
const positions = new WeakMap<readonly { docId: string }[], Map<string, number[]>>();

/** `items.filter((x) => docIds has x.docId)`, from positions indexed once per list (the list must not change). */
export function ofDocuments<T extends { docId: string }>(items: readonly T[], docIds: Iterable<string>): T[] {
  let byDoc = positions.get(items);
  if (!byDoc) {
    byDoc = new Map();
    items.forEach((x, i) => {
      const list = byDoc!.get(x.docId);
      if (list) list.push(i);
      else byDoc!.set(x.docId, [i]);
    });
    positions.set(items, byDoc);
  }
  const at = [...new Set(docIds)].flatMap((d) => byDoc.get(d) ?? []);
  return at.sort((a, b) => a - b).map((i) => items[i]!);
}
