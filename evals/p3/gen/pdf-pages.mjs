// The pages of a pack's generated PDF as its verifier reads them, independent of the assistant's own ingest code:
// pdf-parse getText(), then per page the running header (first line) and the footer (last line) removed and
// checked, the rest joined and normalised with the pack's own `norm`. Shared by the p1, p3–p6 verifiers.
import fs from 'node:fs';
import { PDFParse } from 'pdf-parse';

/** `header`: the running header; `footer(n)`: page n's footer; `fail(message)`: records a failure of this file. */
export async function pdfPages(file, { header, footer, norm, fail }) {
  const parser = new PDFParse({ data: new Uint8Array(fs.readFileSync(file)) });
  const r = await parser.getText();
  await parser.destroy?.();
  return r.pages.map((pg, i) => {
    const lines = pg.text.split('\n').map((l) => l.trim()).filter(Boolean);
    if (norm(lines[0] || '') !== norm(header)) fail(`page ${i + 1}: first line is not the running header`);
    else lines.shift();
    if (norm(lines[lines.length - 1] || '') !== norm(footer(i + 1))) fail(`page ${i + 1}: last line is not the footer`);
    else lines.pop();
    return norm(lines.join('\n'));
  });
}
