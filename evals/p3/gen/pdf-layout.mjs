// A small 公文 page layout on pdfkit for Doc 2 of the p3 pack, with a drawn table: every line and every table cell
// is placed by this code, so the running header, the footer and the page breaks (including ones inside a sentence)
// are under control and logged. The table repeats its header row on a new page and never splits a row.
// Font: WenQuanYi Micro Hei (Debian fonts-wqy-microhei), as in the p1 pack.
import fs from 'node:fs';
import path from 'node:path';
import PDFDocument from 'pdfkit';

const FONT = '/usr/share/fonts/truetype/wqy/wqy-microhei.ttc';
const A4 = { w: 595.28, h: 841.89 };
const HEAD_BAN = new Set([...'，。、；：？！）》”’〕】％,.;:!?)']);
const TAIL_BAN = new Set([...'（《“‘〔【(']);

export function makeLayout({ info, date, size = 12, pitch = 1.75, bottom = 758, header, footer }) {
  const box = { l: 82, r: A4.w - 78, t: 102, b: bottom };
  const pdf = new PDFDocument({ size: 'A4', bufferPages: true, margins: { top: 0, bottom: 0, left: 0, right: 0 }, info: { ...info, CreationDate: date, ModDate: date } });
  pdf.registerFont('wqy', FONT, 'WenQuanYiMicroHei');
  const parts = [];
  pdf.on('data', (c) => parts.push(c));
  const done = new Promise((res) => pdf.on('end', res));
  const style = {
    masthead: { size: 28, align: 'center', color: '#c00000', before: 4, after: 10, pitch: 1.3 },
    docno: { size, align: 'center' },
    title: { size: 16, align: 'center', pitch: 1.5 },
    title2: { size: 16, align: 'center', pitch: 1.5, before: 24, after: 6 },
    caption: { size: size - 0.5, align: 'center', keep: true },
    recipients: { size, before: 12 },
    h1: { size: size + 0.5, indent: 2, keep: true },
    p: { size, indent: 2 },
    contact: { size, indent: 2 },
    annex: { size, indent: 2, before: 8 },
    sign: { size, align: 'right', pad: 3, before: 16 },
    date: { size, align: 'right', pad: 4 },
    note: { size, indent: 2, before: 4 },
    cc: { size: size - 1, indent: 1, pitch: 2.0 },
  };
  let page = 1;
  let y = box.t;
  let n = 0;
  const log = [];
  const drawHeader = () => {
    pdf.save().font('wqy').fontSize(9).fillColor('#555555');
    pdf.text(header, 0, 52, { width: A4.w, align: 'center', lineBreak: false });
    pdf.moveTo(box.l, 68).lineTo(box.r, 68).lineWidth(0.5).strokeColor('#777777').stroke();
    pdf.restore().fillColor('black');
  };
  const turnPage = () => {
    pdf.addPage({ size: 'A4', margins: { top: 0, bottom: 0, left: 0, right: 0 } });
    page += 1;
    drawHeader();
    y = box.t;
  };
  drawHeader();
  const tokens = (t) => t.match(/[A-Za-z0-9@.\-]+|[\s\S]/gu) || [];
  function wrap(text, fontSize, width, firstIndent = 0) {
    pdf.font('wqy').fontSize(fontSize);
    const out = [];
    let line = [];
    let w = firstIndent;
    for (const tk of tokens(text)) {
      const tw = pdf.widthOfString(tk);
      if (line.length && w + tw > width + 0.01) {
        let carry = [];
        if (HEAD_BAN.has(tk) && line.length > 1) carry = [line.pop()];
        if (line.length > 1 && TAIL_BAN.has(line[line.length - 1])) carry = [line.pop(), ...carry];
        out.push(line.join(''));
        line = carry;
        w = pdf.widthOfString(line.join(''));
      }
      line.push(tk);
      w += tw;
    }
    if (line.length) out.push(line.join(''));
    return out;
  }
  function block(type, text) {
    const st = style[type];
    const lh = st.size * (st.pitch || pitch);
    const width = box.r - box.l - (st.pad || 0) * st.size;
    const ls = wrap(text, st.size, width, (st.indent || 0) * st.size);
    y += st.before || 0;
    if (st.keep && y + lh * 3 > box.b) turnPage();
    ls.forEach((ln, i) => {
      if (y + lh > box.b) turnPage();
      pdf.font('wqy').fontSize(st.size).fillColor(st.color || 'black');
      const lw = pdf.widthOfString(ln);
      let x = box.l + (i === 0 ? (st.indent || 0) * st.size : 0);
      if (st.align === 'center') x = (A4.w - lw) / 2;
      if (st.align === 'right') x = box.r - (st.pad || 0) * st.size - lw;
      pdf.text(ln, x, y + (lh - st.size) / 2, { lineBreak: false });
      log.push({ block: n, type, page, line: ln });
      y += lh;
    });
    y += st.after || 0;
    n += 1;
    pdf.fillColor('black');
  }
  /** A ruled table: header row in bold-ish grey fill, cells top-aligned, rows never split, header repeated. */
  function table({ caption, header: head, widths, rows }, fontSize = 9.5) {
    const lh = fontSize * 1.55;
    const padX = 3;
    const padY = 4;
    const cellLines = (row) => row.map((t, i) => wrap(t, fontSize, widths[i] - 2 * padX));
    const rowH = (lines) => Math.max(...lines.map((l) => l.length)) * lh + 2 * padY;
    block('caption', caption);
    y += 4;
    const drawRow = (row, isHead) => {
      const lines = cellLines(row);
      const h = rowH(lines);
      let x = box.l;
      if (isHead) pdf.save().rect(box.l, y, box.r - box.l, h).fill('#e8e8e8').restore();
      row.forEach((_, i) => {
        pdf.rect(x, y, widths[i], h).lineWidth(0.6).strokeColor('black').stroke();
        lines[i].forEach((ln, k) => {
          pdf.font('wqy').fontSize(fontSize).fillColor('black');
          const lw = pdf.widthOfString(ln);
          const center = isHead || i === 0 || i === 4;
          const tx = center ? x + (widths[i] - lw) / 2 : x + padX;
          pdf.text(ln, tx, y + padY + k * lh + (lh - fontSize) / 2, { lineBreak: false });
          log.push({ block: n, type: isHead ? 'th' : 'td', page, line: ln, col: i });
        });
        n += 1;
        x += widths[i];
      });
      y += h;
    };
    drawRow(head, true);
    for (const row of rows) {
      const h = rowH(cellLines(row));
      if (y + h > box.b) { turnPage(); drawRow(head, true); }
      drawRow(row, false);
    }
    y += 10;
  }
  function redRule() {
    pdf.moveTo(box.l, y + 4).lineTo(box.r, y + 4).lineWidth(2).strokeColor('#c00000').stroke();
    y += 16;
  }
  function banji(lines) {
    const lh = style.cc.size * style.cc.pitch;
    const need = lh * lines.length + 12;
    if (y + need > box.b) turnPage();
    y = Math.max(y + 24, box.b - need);
    pdf.moveTo(box.l, y).lineTo(box.r, y).lineWidth(1).strokeColor('black').stroke();
    y += 3;
    for (const ln of lines) {
      block('cc', ln);
      pdf.moveTo(box.l, y).lineTo(box.r, y).lineWidth(0.6).strokeColor('black').stroke();
    }
  }
  async function end() {
    const range = pdf.bufferedPageRange();
    for (let i = 0; i < range.count; i++) {
      pdf.switchToPage(range.start + i);
      const label = footer(i + 1);
      pdf.font('wqy').fontSize(10.5).fillColor('black');
      pdf.text(label, (A4.w - pdf.widthOfString(label)) / 2, 798, { lineBreak: false });
    }
    pdf.end();
    await done;
    return { buffer: Buffer.concat(parts), pages: range.count, log };
  }
  return { block, table, redRule, banji, end };
}

/** Places where one prose block continues on the next page: the last line before and the first line after. */
export function splits(log) {
  const out = [];
  for (let i = 1; i < log.length; i++) {
    if (log[i - 1].page !== log[i].page && log[i - 1].block === log[i].block) {
      out.push({ page: log[i - 1].page, before: log[i - 1].line, after: log[i].line, block: log[i].block });
    }
  }
  return out;
}

/**
 * Prints each page break of a laid-out document (MID-SENTENCE when a sentence runs on) and fails the run unless it
 * has at least 3 pages and `minSplits` sentences across a break; the packs' PDF generators share it. Returns the count.
 */
export function checkPageBreaks(log, pages, name, { minSplits = 1, shown = 16 } = {}) {
  let mid = 0;
  for (const s of splits(log)) {
    const inside = !/[。；：]$/u.test(s.before);
    if (inside) mid += 1;
    console.log(`  p${s.page}->p${s.page + 1} ${inside ? 'MID-SENTENCE' : 'at sentence end'}: …${s.before.slice(-shown)} ‖ ${s.after.slice(0, shown)}…`);
  }
  if (pages < 3) { console.error(`ERROR: ${name} needs at least 3 pages`); process.exitCode = 1; }
  const wanted = minSplits === 1 ? 'a sentence that runs' : `${['', '', 'two', 'three'][minSplits] ?? minSplits} sentences that run`;
  if (mid < minSplits) { console.error(`ERROR: ${name} needs ${wanted} across a page break`); process.exitCode = 1; }
  return mid;
}

/**
 * Lays out `blocks` ([style, text], or ['RULE'] for the red rule under a masthead) with `layout` (makeLayout's
 * options), writes the PDF to `file`, checks its page breaks as `name` does (`minSplits` sentences across a break at
 * least), writes the page and line of every laid-out line to `linesFile`, and returns the number of pages.
 */
export async function writeBlocksPdf(blocks, layout, { file, name, minSplits, linesFile }) {
  const L = makeLayout(layout);
  for (const b of blocks) {
    if (b[0] === 'RULE') L.redRule();
    else L.block(b[0], b[1]);
  }
  const { buffer, pages, log } = await L.end();
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, buffer);
  console.log(`wrote ${file} pages=${pages}`);
  checkPageBreaks(log, pages, name, { minSplits });
  fs.writeFileSync(linesFile, `${JSON.stringify(log.map(({ page, line }) => [page, line]))}\n`);
  return pages;
}
