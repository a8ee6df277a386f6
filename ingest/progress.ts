/** A one-line progress bar on a terminal; silent when stderr is not a TTY (CI logs, pipes). */
export function progressBar(label: string): (done: number, total: number, file: string) => void {
  if (!process.stderr.isTTY) return () => {};
  return (done, total, file) => {
    const width = 24;
    const filled = total === 0 ? width : Math.round((done / total) * width);
    const bar = '█'.repeat(filled) + '░'.repeat(width - filled);
    const line = `${label} ${bar} ${done}/${total} ${file}`.slice(0, (process.stderr.columns ?? 80) - 1);
    process.stderr.write(`\r\x1b[2K${line}`);
    if (done === total) process.stderr.write('\n');
  };
}
