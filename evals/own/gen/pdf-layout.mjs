// A small hand-driven 公文 page layout on top of pdfkit: every line is placed by this code, so the running
// header, the "— N —" footer and the page breaks (including one inside a sentence) are under control.
// Font: WenQuanYi Micro Hei (Debian package fonts-wqy-microhei).
import PDFDocument from 'pdfkit';

export const FONT = '/usr/share/fonts/truetype/wqy/wqy-microhei.ttc';
export const PAGE = { w: 595.28, h: 841.89 };
const NO_START = new Set('，。、；：？！）》”’〕】％,.;:!?)'.split(''));
const NO_END = new Set('（《“‘〔【('.split(''));

export function createLayout(opts) {
  const BODY = { left: 80, right: PAGE.w - 76, top: 100, bottom: opts.bottom || 760 };
  const BS = opts.bodySize || 12;
  const PITCH = opts.pitch || 1.75;
  const doc = new PDFDocument({
    size: 'A4', bufferPages: true, autoFirstPage: true,
    margins: { top: 0, bottom: 0, left: 0, right: 0 },
    info: { ...opts.info, CreationDate: opts.creationDate, ModDate: opts.creationDate },
  });
  doc.registerFont('hei', FONT, 'WenQuanYiMicroHei');
  const chunks = [];
  doc.on('data', (c) => chunks.push(c));
  const ended = new Promise((r) => doc.on('end', r));
  const ST = {
    masthead: { size: 28, align: 'center', color: '#cc0000', before: 6, after: 8, pitch: 1.3 },
    docno: { size: BS, align: 'center' },
    title: { size: 16.5, align: 'center', pitch: 1.55 },
    recipients: { size: BS, before: 12 },
    h1: { size: BS + 0.5, indent: 2, keep: true },
    h2: { size: BS, indent: 2, keep: true },
    h3: { size: BS, indent: 2, keep: true },
    p: { size: BS, indent: 2 },
    contact: { size: BS, indent: 2 },
    sign: { size: BS, align: 'right', rightPad: 2, before: 16 },
    date: { size: BS, align: 'right', rightPad: 4 },
    note: { size: BS, indent: 2, before: 4 },
    cc: { size: BS - 1, indent: 1, pitch: 2.0 },
  };
  let page = 1;
  let y = BODY.top;
  let blockNo = 0;
  const log = [];
  const header = () => {
    doc.save().font('hei').fontSize(9).fillColor('#444444');
    doc.text(opts.header, 0, 50, { width: PAGE.w, align: 'center', lineBreak: false });
    doc.moveTo(BODY.left, 66).lineTo(BODY.right, 66).lineWidth(0.5).strokeColor('#666666').stroke();
    doc.restore().fillColor('black');
  };
  const newPage = () => {
    doc.addPage({ size: 'A4', margins: { top: 0, bottom: 0, left: 0, right: 0 } });
    page += 1;
    header();
    y = BODY.top;
  };
  header();
  const units = (t) => t.match(/[A-Za-z0-9@.\-]+|[\s\S]/gu) || [];
  function lines(text, st) {
    doc.font('hei').fontSize(st.size);
    const full = BODY.right - BODY.left - (st.rightPad || 0) * st.size;
    const out = [];
    let cur = [];
    let w = (st.indent || 0) * st.size;
    for (const u of units(text)) {
      const uw = doc.widthOfString(u);
      if (cur.length && w + uw > full + 0.01) {
        let carry = [];
        if (NO_START.has(u) && cur.length > 1) carry = [cur.pop()];
        if (cur.length > 1 && NO_END.has(cur[cur.length - 1])) carry = [cur.pop(), ...carry];
        out.push(cur.join(''));
        cur = carry;
        w = doc.widthOfString(cur.join(''));
      }
      cur.push(u);
      w += uw;
    }
    if (cur.length) out.push(cur.join(''));
    return out;
  }
  function block(type, text, extra = {}) {
    const st = { ...ST[type], ...extra };
    const pitch = st.size * (st.pitch || PITCH);
    const ls = lines(text, st);
    y += st.before || 0;
    if (st.keep && y + pitch * 3 > BODY.bottom) newPage();
    ls.forEach((ln, i) => {
      if (y + pitch > BODY.bottom) newPage();
      doc.font('hei').fontSize(st.size).fillColor(st.color || 'black');
      const lw = doc.widthOfString(ln);
      let x = BODY.left + (i === 0 ? (st.indent || 0) * st.size : 0);
      if (st.align === 'center') x = (PAGE.w - lw) / 2;
      if (st.align === 'right') x = BODY.right - (st.rightPad || 0) * st.size - lw;
      doc.text(ln, x, y + (pitch - st.size) / 2, { lineBreak: false });
      log.push({ block: blockNo, type, page, line: ln });
      y += pitch;
    });
    y += st.after || 0;
    blockNo += 1;
    doc.fillColor('black');
  }
  function rule() {
    doc.moveTo(BODY.left, y + 4).lineTo(BODY.right, y + 4).lineWidth(1.8).strokeColor('#cc0000').stroke();
    y += 14;
  }
  function banji(ls) {
    const pitch = ST.cc.size * ST.cc.pitch;
    const need = pitch * ls.length + 12;
    if (y + need > BODY.bottom) newPage();
    y = Math.max(y + 24, BODY.bottom - need);
    doc.moveTo(BODY.left, y).lineTo(BODY.right, y).lineWidth(1).strokeColor('black').stroke();
    y += 3;
    for (const ln of ls) {
      block('cc', ln);
      doc.moveTo(BODY.left, y).lineTo(BODY.right, y).lineWidth(0.6).strokeColor('black').stroke();
    }
  }
  async function finish() {
    const range = doc.bufferedPageRange();
    for (let i = 0; i < range.count; i++) {
      doc.switchToPage(range.start + i);
      const label = `— ${i + 1} —`;
      doc.font('hei').fontSize(11).fillColor('black');
      doc.text(label, (PAGE.w - doc.widthOfString(label)) / 2, 800, { lineBreak: false });
    }
    doc.end();
    await ended;
    return { buffer: Buffer.concat(chunks), pages: range.count, log };
  }
  return { block, rule, banji, finish, space: (pt) => { y += pt; } };
}

/** Consecutive lines of one block that land on different pages. */
export function pageSplits(log) {
  const out = [];
  for (let i = 1; i < log.length; i++) {
    if (log[i - 1].page !== log[i].page && log[i - 1].block === log[i].block) {
      out.push({ page: log[i - 1].page, end: log[i - 1].line, next: log[i].line, type: log[i].type });
    }
  }
  return out;
}
