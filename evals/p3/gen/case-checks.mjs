import fs from 'node:fs';

// The checks every pack verifier makes of an answerable case, shared by the pack verifiers that read their documents
// into { units, pages, text } (p7, p8): each gold anchor occurs once in its document and in one unit (a PDF anchor
// across a page break only with [cross-page] in the notes), each must-contain phrase lies in a gold unit, each
// must-not phrase is a real value of the pack's documents outside the gold units, a crossdoc case has gold in two
// documents and a checklist case four anchors. What a pack checks beyond this stays in its own verifier. Also the
// case file's writing, numbering and absence checks that the p7 and p8 case lists share.

/**
 * `docs` maps a file name to { units, pages? }; `flat(file)` is its text without line breaks; `count(hay, needle)`
 * counts occurrences; `packDocs` are the pack's own files. Returns the case's gold documents and whether its notes
 * say [cross-page].
 */
export function checkAnswerable(c, { w, fail, norm, docs, flat, count, packDocs }) {
  if (!c.gold.length) fail(w, 'answerable case without gold');
  if (!c.answer_must_contain.length) fail(w, 'answerable case without must-contain');
  const isCross = /\[cross-page\]/u.test(c.notes);
  let spans = 0;
  const goldUnits = [];
  const seen = new Set();
  for (const gd of c.gold) {
    const d = docs[gd.doc];
    if (!d) { fail(w, `unknown doc ${gd.doc}`); continue; }
    const a = norm(gd.anchor);
    if (seen.has(gd.doc + a)) fail(w, `duplicate gold "${gd.anchor}"`);
    seen.add(gd.doc + a);
    if (a.length < 6 || a.length > 45) fail(w, `anchor "${gd.anchor}" is ${a.length} chars after norm`);
    const n = count(flat(gd.doc), a);
    if (n !== 1) fail(w, `anchor "${gd.anchor}" occurs ${n} times in ${gd.doc}`);
    const us = d.units.filter((u) => u.includes(a));
    if (us.length !== 1) fail(w, `anchor "${gd.anchor}" lies inside ${us.length} units of ${gd.doc}`);
    goldUnits.push(...us);
    if (d.pages && !d.pages.some((p) => p.includes(a))) {
      spans += 1;
      if (!isCross) fail(w, `PDF anchor "${gd.anchor}" is not on one page but the notes lack [cross-page]`);
    }
  }
  if (isCross && spans === 0) fail(w, '[cross-page] in the notes but no anchor spans a page break');
  const goldDocs = [...new Set(c.gold.map((gd) => gd.doc))];
  for (const p of c.answer_must_contain) if (!goldUnits.some((u) => u.includes(norm(p)))) fail(w, `must-contain "${p}" is in no gold clause`);
  for (const p of c.answer_must_not_contain) {
    if (goldUnits.some((u) => u.includes(norm(p)))) fail(w, `must-not "${p}" is inside a gold clause`);
    if (c.answer_must_contain.some((x) => norm(x).includes(norm(p)))) fail(w, `must-not "${p}" is inside a must-contain phrase`);
    if (!packDocs.some((dn) => flat(dn).includes(norm(p)))) fail(w, `must-not "${p}" occurs in no pack document (not a real tempting value)`);
  }
  if (c.category === 'crossdoc' && goldDocs.length < 2) fail(w, 'a crossdoc case needs gold in two documents');
  if (c.category === 'checklist' && c.gold.length < 4) fail(w, 'a checklist case needs ≥4 gold anchors');
  return { goldDocs, isCross };
}

/** The cases as the contract writes them, numbered `${pack}-001`…, from a pack's raw list ({ must, not, … }). */
export function casesOut(pack, raw) {
  return raw.map((c, i) => {
    const o = { id: caseId(pack, i), category: c.category, question: c.question };
    if (c.history) o.history = c.history;
    Object.assign(o, { gold: c.gold, answer_must_contain: c.must, answer_must_not_contain: c.not, notes: c.notes });
    return o;
  });
}

/** Per-case absence checks of the unanswerable cases, by id. */
export function absenceChecks(pack, raw) {
  return Object.fromEntries(raw.map((c, i) => [caseId(pack, i), c]).filter(([, c]) => c.category === 'unanswerable')
    .map(([id, c]) => [id, { absent: c.absent || [], absentPack: c.absentPack || [], absentLaws: c.absentLaws || [], absentRe: c.absentRe, noYuan: c.noYuan, noDate: c.noDate }]));
}

/** Writes the cases file and prints how many of each category it holds. */
export function writeCases(file, cases) {
  fs.writeFileSync(file, `${cases.map((c) => JSON.stringify(c)).join('\n')}\n`);
  const by = {};
  for (const c of cases) by[c.category] = (by[c.category] || 0) + 1;
  console.log(`wrote ${file} (${cases.length} cases: ${Object.entries(by).map(([k, v]) => `${k} ${v}`).join(', ')})`);
}

function caseId(pack, i) {
  return `${pack}-${String(i + 1).padStart(3, '0')}`;
}
