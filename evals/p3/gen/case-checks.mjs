import fs from 'node:fs';

// The checks every pack verifier makes of an answerable case, shared by the pack verifiers that read their documents
// into { units, pages, text } (p7, p8): each gold anchor occurs once in its document and in one unit (a PDF anchor
// across a page break only with [cross-page] in the notes), each must-contain phrase lies in a gold unit, each
// must-not phrase is a real value of the pack's documents outside the gold units, a crossdoc case has gold in two
// documents and a checklist case four anchors. What a pack checks beyond this stays in its own verifier. Also the
// shape of a case line and the absence checks of an unanswerable case (p7, p8, p9), and the case file's writing,
// numbering and absence lists that their case lists share.

/**
 * The contract's shape of case line `i` of `pack`: known fields only, ids ${'$'}{pack}-001… in order and unique (`ids`
 * collects them), a known category, a question and notes, no 14 characters copied from `docTexts`, a well-formed
 * history, must/must-not as arrays of strings. Returns the label failures are reported under.
 */
export function checkCaseLine(c, i, { pack, keys, cats, ids, docTexts, norm, fail }) {
  const w = c.id || `line ${i + 1}`;
  for (const k of Object.keys(c)) if (!keys.has(k)) fail(w, `unknown field ${k}`);
  if (c.id !== caseId(pack, i)) fail(w, `ids are not ${pack}-001… in order`);
  if (ids.has(c.id)) fail(w, 'duplicate id');
  ids.add(c.id);
  if (!cats.includes(c.category)) fail(w, `bad category ${c.category}`);
  if (typeof c.question !== 'string' || !c.question.trim()) fail(w, 'empty question');
  if (typeof c.notes !== 'string' || !c.notes.trim()) fail(w, 'no notes');
  const q = norm(c.question);
  for (let k = 0; k + 14 <= q.length; k++) if (docTexts.some((t) => t.includes(q.slice(k, k + 14)))) { fail(w, `question copies document text "${q.slice(k, k + 14)}"`); break; }
  if (c.history !== undefined && (!Array.isArray(c.history) || !c.history.length || !c.history.every((t) => (t.role === 'user' || t.role === 'assistant') && typeof t.content === 'string' && t.content.trim()))) fail(w, 'bad history');
  for (const k of ['answer_must_contain', 'answer_must_not_contain']) {
    if (!Array.isArray(c[k]) || !c[k].every((s) => typeof s === 'string' && s.trim())) fail(w, `${k} must be an array of strings`);
  }
  return w;
}

/**
 * An unanswerable case has no gold and no phrases, and its absence check `ab` (absenceChecks) holds: each `absent`
 * string in no pack document (`all`, their normalised text) and no law (`lawText` by file), `absentPack` and
 * `absentLaws` in those alone, `absentRe` matching no pack document, and the one clause named by `noYuan` / `noDate`
 * stating no amount / no date (`noDate`, the pack's pattern of one). Returns false when the case has no check at all.
 */
export function checkAbsence(c, ab, { w, fail, norm, all, lawText, packDocs, docs, noDate }) {
  if (c.gold.length) fail(w, 'unanswerable with gold');
  if (c.answer_must_contain.length) fail(w, 'unanswerable with must-contain phrases');
  if (c.answer_must_not_contain.length) fail(w, 'unanswerable with must-not phrases');
  if (!ab) { fail(w, 'no absence check for this unanswerable case'); return false; }
  const checks = ab.absent.length + ab.absentPack.length + ab.absentLaws.length + (ab.absentRe ? 1 : 0) + (ab.noYuan ? 1 : 0) + (ab.noDate ? 1 : 0);
  if (!checks) fail(w, 'no absence check');
  for (const s of ab.absent) {
    if (all.includes(norm(s))) fail(w, `"${s}" occurs in a pack document`);
    for (const [f, t] of Object.entries(lawText)) if (t.includes(norm(s))) fail(w, `"${s}" occurs in corpus/laws/${f}`);
  }
  for (const s of ab.absentPack) if (all.includes(norm(s))) fail(w, `"${s}" occurs in a pack document`);
  for (const s of ab.absentLaws) for (const [f, t] of Object.entries(lawText)) if (t.includes(norm(s))) fail(w, `"${s}" occurs in corpus/laws/${f}`);
  if (ab.absentRe && new RegExp(ab.absentRe, 'u').test(all)) fail(w, `/${ab.absentRe}/ matches a pack document`);
  for (const [key, re] of [['noYuan', /元/u], ['noDate', noDate]]) {
    if (!ab[key]) continue;
    const us = packDocs.flatMap((d) => docs[d].units).filter((u) => u.includes(norm(ab[key])));
    if (us.length !== 1) fail(w, `${key}: clause "${ab[key]}" found ${us.length} times`);
    else if (re.test(us[0])) fail(w, `${key}: the clause states it after all`);
  }
  return true;
}

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

/**
 * A supersede case's must-not phrases: each is a value of the other text of a pair (`pairs`: [current, earlier]
 * files — two versions, or a 方案 and the notice that adjusts it) that the cited text lacks; current cited → an
 * earlier value, earlier cited alone (an as-of case) → a current value.
 */
export function checkVersionPairs(c, pairs, { w, fail, cites, has }) {
  if (!c.answer_must_not_contain.length) fail(w, 'a supersede case needs the superseded (or not yet valid) value as must-not');
  for (const p of c.answer_must_not_contain) {
    const ok = pairs.some(([cur, old]) => (cites(cur) && has(old, p) && !has(cur, p)) || (cites(old) && !cites(cur) && has(cur, p) && !has(old, p)));
    if (!ok) fail(w, `must-not "${p}" is not a value of the other version that the cited one lacks`);
  }
  if (!pairs.flat().some((d) => cites(d))) fail(w, 'a supersede case must cite a version');
}

/** A [national+local] case: gold at both levels, and a must-contain phrase from each (`unitsOf` gives a level's gold units). */
export function checkNationalLocal(c, { w, fail, norm, unitsOf, isLaw }) {
  const nat = unitsOf(c, isLaw);
  const loc = unitsOf(c, (d) => !isLaw(d));
  if (!nat.length || !loc.length) fail(w, '[national+local] needs gold at both levels');
  if (!c.answer_must_contain.some((p) => nat.some((u) => u.includes(norm(p))))) fail(w, '[national+local]: no must-contain phrase from the national gold');
  if (!c.answer_must_contain.some((p) => loc.some((u) => u.includes(norm(p))))) fail(w, '[national+local]: no must-contain phrase from the local gold');
}

/** An unanswerable case that names a place without documents must check that place absent from the pack and the laws. */
export function checkNoDocPlaces(c, ab, places, { w, fail }) {
  for (const p of places) {
    if (c.question.includes(p) && !ab.absent.some((s) => p.startsWith(s))) fail(w, `a place without documents (${p}) must be checked absent from the pack and the laws`);
  }
}

/** How many times `needle` occurs in `hay` (overlapping). */
export function count(hay, needle) {
  let n = 0;
  for (let i = hay.indexOf(needle); i !== -1; i = hay.indexOf(needle, i + 1)) n++;
  return n;
}

/** The text of an HTML fragment's entities (&nbsp; &lt; &gt; &quot; &amp;). */
export const decode = (s) => s.replace(/&nbsp;/gu, ' ').replace(/&lt;/gu, '<').replace(/&gt;/gu, '>').replace(/&quot;/gu, '"').replace(/&amp;/gu, '&');
