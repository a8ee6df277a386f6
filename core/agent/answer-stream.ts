/**
 * The answer text as the model streams it: the final answer arrives as the JSON arguments of the
 * `final_answer` tool call, a few characters at a time, so the `answer` string is read out of the
 * unfinished JSON and each new piece is passed on.
 */

const ESCAPES: Record<string, string> = { '"': '"', '\\': '\\', '/': '/', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t' };

/**
 * The `answer` value read so far from unfinished JSON arguments, decoded; an escape cut off at the end is
 * left for the next call. `{"answer":"民爆仓库\\n每日` → `民爆仓库\n每日`.
 */
export function partialAnswer(args: string): string {
  const start = /"answer"\s*:\s*"/u.exec(args);
  if (!start) return '';
  let out = '';
  for (let i = start.index + start[0].length; i < args.length; i++) {
    const ch = args[i]!;
    if (ch === '"') break;
    if (ch !== '\\') {
      out += ch;
      continue;
    }
    const next = args[i + 1];
    if (next === undefined) break;
    if (next === 'u') {
      const hex = args.slice(i + 2, i + 6);
      if (!/^[0-9a-fA-F]{4}$/u.test(hex)) break;
      out += String.fromCharCode(parseInt(hex, 16));
      i += 5;
    } else {
      out += ESCAPES[next] ?? next;
      i += 1;
    }
  }
  return out;
}

/** Follows the streamed arguments of each `final_answer` call and hands on the new part of its answer. */
export class AnswerStream {
  private readonly args = new Map<string, string>();
  private readonly sent = new Map<string, number>();

  constructor(private readonly onDelta: (text: string) => void) {}

  /** `key` tells one call from another (message id and tool-call index); `chunk` is the next piece of its arguments. */
  push(key: string, chunk: string): void {
    const args = (this.args.get(key) ?? '') + chunk;
    this.args.set(key, args);
    const answer = partialAnswer(args);
    const sent = this.sent.get(key) ?? 0;
    if (answer.length <= sent) return;
    this.sent.set(key, answer.length);
    this.onDelta(answer.slice(sent));
  }
}
