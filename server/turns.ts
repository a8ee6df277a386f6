/**
 * Answers take turns with the event loop. Retrieval is synchronous work (a few ms each); 200 socket
 * questions read in one poll of the event loop would otherwise all run before the loop reads anything
 * else, and GET /health would wait for all of them (1.3 s in the load run). `take()` lets one waiter go
 * per turn of the loop (setImmediate called from the check phase runs after the next poll), so other
 * requests are read between any two answers. Work after the first await (a model call) still overlaps.
 */
export type TakeTurn = () => Promise<void>;

export function createTurns(): TakeTurn {
  const waiting: Array<() => void> = [];
  let scheduled = false;
  const pump = (): void => {
    waiting.shift()?.();
    scheduled = waiting.length > 0;
    if (scheduled) setImmediate(pump);
  };
  return () =>
    new Promise<void>((resolve) => {
      waiting.push(resolve);
      if (!scheduled) {
        scheduled = true;
        setImmediate(pump);
      }
    });
}
