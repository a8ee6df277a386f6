/**
 * The `k` best items in order, as `[...items].sort(before).slice(0, k)` gives them, in O(n log k): a search
 * touches thousands of clauses to return 100, and sorting them all was a tenth of an ask's CPU.
 * `before` must be a strict total order (no two items tie), so the result is exactly the full sort's.
 */
export function topK<T>(items: readonly T[], k: number, before: (a: T, b: T) => number): T[] {
  if (k <= 0) return [];
  if (items.length <= k) return [...items].sort(before);
  // A heap of the k best so far, the worst at the root: a newcomer only has to beat the root.
  const heap: T[] = [];
  const worse = (i: number, j: number): boolean => before(heap[i]!, heap[j]!) > 0;
  const swap = (i: number, j: number): void => {
    [heap[i], heap[j]] = [heap[j]!, heap[i]!];
  };
  const down = (from: number): void => {
    let i = from;
    for (;;) {
      const l = 2 * i + 1;
      const r = l + 1;
      let top = i;
      if (l < heap.length && worse(l, top)) top = l;
      if (r < heap.length && worse(r, top)) top = r;
      if (top === i) return;
      swap(i, top);
      i = top;
    }
  };
  for (const item of items) {
    if (heap.length < k) {
      heap.push(item);
      for (let i = heap.length - 1; i > 0 && worse(i, (i - 1) >> 1); i = (i - 1) >> 1) swap(i, (i - 1) >> 1);
    } else if (before(item, heap[0]!) < 0) {
      heap[0] = item;
      down(0);
    }
  }
  return heap.sort(before);
}
