/**
 * Which clauses are in force on a date. A clause changed (调整/修改) or repealed by another document's clause
 * from a date on yields to the changing clause; before that date the changing clause does not yet apply. An
 * earlier version of a document yields to its current version. Answers, checklists and the duty matrix read
 * the knowledge base through this view, so a superseded value is never quoted as current.
 */
import { Type } from 'typebox';
import type { Clause, DocumentMeta, Override } from '../schemas.js';
import { isSearchable } from './searchable.js';
import { norm } from '../text/normalize.js';
import { EXPLAINS_DOCUMENT, splitSentences } from '../text/zh/index.js';
import { groupBy } from '../group-by.js';

/** How a clause stands on a date, for the API and the page (a TypeBox schema, so routes can send it). */
export const ClauseChangeSchema = Type.Object({
  status: Type.Union([Type.Literal('已调整'), Type.Literal('已废止'), Type.Literal('仍然有效'), Type.Literal('尚未生效'), Type.Literal('较早版本')]),
  by: Type.Optional(Type.String()),
  effective: Type.Optional(Type.String()),
  scope: Type.Optional(Type.String()),
});

/** How a clause stands on a date, for the API and the page. */
export interface ClauseChange {
  status: '已调整' | '已废止' | '仍然有效' | '尚未生效' | '较早版本';
  /** The clause that changed it (or, for a clause that changes another, the changed clause). */
  by?: string;
  effective?: string;
  /** The one place the change holds in (苕枰县): elsewhere the clause stays in force. */
  scope?: string;
}

export interface InForce {
  /** Clauses that do not apply on the date: changed or repealed ones, changes not yet in effect, earlier versions. */
  readonly excluded: ReadonlySet<string>;
  /** For a changed clause, the clauses that changed (or confirmed) it, in effect on the date. */
  readonly replacements: ReadonlyMap<string, readonly string[]>;
  /** The status of each clause that an override or a version touches. */
  readonly changes: ReadonlyMap<string, ClauseChange>;
  /**
   * True when `text`, read from clause `clauseId`, lies in a part of it that is not in force: an article stands
   * for its 款 and 项 in retrieval, and a change may replace or remove one of them (第六条第二款修改为…, 删去第三项).
   */
  inExcludedPart(clauseId: string, text: string): boolean;
}

/** When a version took effect: the day its 公告 says the amended text applies, else its last revision, else its 施行日期, else its date (ISO). */
export function versionDate(d: DocumentMeta): string | undefined {
  return d.amendedEffective ?? d.revisions?.at(-1)?.date ?? d.effective ?? d.date;
}

/**
 * 条例修改以前 — the day before the current version of the one regulation meant took effect: of the documents the
 * question points to (`among`), else of the knowledge base, the one that has an earlier version beside it.
 */
export function revisionEve(documents: readonly DocumentMeta[], among: readonly string[]): string | undefined {
  const versioned = [...new Set(documents.filter((d) => d.status === 'earlier-version' && d.currentVersion).map((d) => d.currentVersion!))];
  const pointed = versioned.filter((id) => among.includes(id));
  const [only, ...others] = pointed.length > 0 ? pointed : versioned;
  const since = only && others.length === 0 ? versionDate(documents.find((d) => d.id === only)!) : undefined;
  if (!since) return undefined;
  const day = new Date(`${since.slice(0, 10)}T00:00:00Z`);
  day.setUTCDate(day.getUTCDate() - 1);
  return day.toISOString().slice(0, 10);
}

/** True when a change dated `effective` applies on `asOf` (both ISO; a change with no date applies from the start). */
function applies(effective: string | undefined, asOf: string): boolean {
  return effective === undefined || effective.slice(0, 10) <= asOf.slice(0, 10);
}

/** What of a changed item a question asks: a change to another part leaves the item quotable for this one. */
export type AskedField = 'lead' | 'frequency' | 'deadline';

/**
 * The view of the knowledge base on `asOf` (an ISO date). With `asked`, an item whose change touches only
 * another part (its lead, when the question asks how often) stays in force for this question, after the change.
 * A change that holds in one place only (琰桥区's notice on its city's 方案) applies when `where`, the chain of
 * places asked from, holds that place; elsewhere, and asked from nowhere, the item stays as its document has it.
 */
export function inForceOn(overrides: readonly Override[], documents: readonly DocumentMeta[], clauses: readonly Clause[], asOf: string, asked?: ReadonlySet<AskedField>, where?: readonly string[]): InForce {
  const excluded = new Set<string>();
  const replacements = new Map<string, string[]>();
  const changes = new Map<string, ClauseChange>();
  const changedParts = new Map<string, string[]>();
  const tree = clauseTree(clauses);
  for (const o of overrides) {
    if (!o.targetClauseId) continue;
    // a change that holds in one place only, asked from elsewhere: the clause stays in force, marked as changed there
    if (o.scope !== undefined && !where?.includes(o.scope)) {
      if (applies(o.effective, asOf) && !changes.has(o.targetClauseId)) changes.set(o.targetClauseId, { status: o.action === 'repeal' ? '已废止' : '已调整', by: o.clauseId, scope: o.scope, ...(o.effective ? { effective: o.effective } : {}) });
      continue;
    }
    const on = applies(o.effective, asOf);
    if (o.action === 'unchanged') {
      replacements.set(o.targetClauseId, [...(replacements.get(o.targetClauseId) ?? []), o.clauseId]);
      changes.set(o.targetClauseId, { status: '仍然有效', by: o.clauseId, ...(o.effective ? { effective: o.effective } : {}) });
      continue;
    }
    const untouched = asked !== undefined && o.action === 'adjust' && o.field !== undefined && o.field !== 'whole' && !asked.has(o.field);
    if (on && untouched) {
      replacements.set(o.targetClauseId, [...(replacements.get(o.targetClauseId) ?? []), o.clauseId]);
      changes.set(o.targetClauseId, { status: '已调整', by: o.clauseId, ...(o.effective ? { effective: o.effective } : {}) });
    } else if (on) {
      // 第九条第一款修改为: the article's own clause also holds its later 款, which stay in force; 第二条修改为: the
      // sentences the new text repeats word for word stay in force in the amended article, the others go
      const changed = firstParagraphOnly(o, clauses) ?? changedSentences(o, tree);
      // (on the article and on any 款 or 项 below it read on its own; or, changed whole, with the clauses below it: a
      // plan's section 2.3 is searched by its paragraphs, an article's 款 are read in it)
      for (const id of [o.targetClauseId, ...tree.below(o.targetClauseId)]) {
        if (changed) changedParts.set(id, [...(changedParts.get(id) ?? []), ...changed]);
        else excluded.add(id);
      }
      replacements.set(o.targetClauseId, [...(replacements.get(o.targetClauseId) ?? []), o.clauseId]);
      changes.set(o.targetClauseId, { status: o.action === 'repeal' ? '已废止' : '已调整', by: o.clauseId, ...(o.effective ? { effective: o.effective } : {}) });
    } else {
      excluded.add(o.clauseId);
      changes.set(o.clauseId, { status: '尚未生效', by: o.targetClauseId, ...(o.effective ? { effective: o.effective } : {}) });
    }
  }
  // Of two versions, the earlier applies only before the current one took effect (asked about 2012, say).
  const byId = new Map(documents.map((d) => [d.id, d]));
  const outOfForce = new Map<string, ClauseChange>();
  for (const d of documents) {
    const current = d.status === 'earlier-version' && d.currentVersion ? byId.get(d.currentVersion) : undefined;
    if (!current) continue;
    const since = versionDate(current);
    if (since === undefined || since <= asOf.slice(0, 10)) {
      outOfForce.set(d.id, { status: '较早版本' });
      continue;
    }
    // before the current version took effect, it and what explains it (《…条例》修正政策解读) do not apply yet
    for (const e of [current, ...documents.filter((x) => x.id !== current.id && explains(x, current))]) outOfForce.set(e.id, { status: '尚未生效', effective: since });
  }
  // A document that takes effect (or, saying no day, was issued) after the day asked did not apply then: asked about
  // March, a 裁量基准 issued in June does not answer; nor does one in force from a later day answer today
  for (const d of documents) {
    const from = d.effective ?? d.date;
    if (!outOfForce.has(d.id) && from !== undefined && from > asOf.slice(0, 10)) outOfForce.set(d.id, { status: '尚未生效', effective: from });
  }
  for (const c of clauses) {
    const change = outOfForce.get(c.docId);
    if (!change) continue;
    excluded.add(c.id);
    changes.set(c.id, change);
  }
  return { excluded, replacements, changes, inExcludedPart: excludedParts(excluded, clauses, changedParts) };
}

/** True when `doc` is an explanation of `of` (璟崃省职业病防治条例修正政策解读一问一答 of 璟崃省职业病防治条例). */
function explains(doc: DocumentMeta, of: DocumentMeta): boolean {
  return EXPLAINS_DOCUMENT.test(doc.title) && norm(doc.title).includes(norm(of.title));
}

/**
 * For a change of an article's first 款 (第九条第一款修改为) when the article has more: that paragraph's text. The
 * article's clause holds all its 款, so only this part of it goes out of force.
 */
function firstParagraphOnly(o: Override, clauses: readonly Clause[]): string[] | undefined {
  if (!/第[一1]款$/u.test(o.target)) return undefined;
  const article = clauses.find((c) => c.id === o.targetClauseId);
  if (!article || !clauses.some((c) => c.parentId === article.id && c.path.at(-1) === '第二款')) return undefined;
  return [article.text.split('\n')[0]!.trim()];
}

/**
 * For an article amended to a new text (第二条修改为：…) that repeats some of its sentences word for word: the
 * sentences it does not repeat (（一）储罐区总容积1000立方米以上… where the new text says 500). Undefined when the new
 * text repeats none of them, or when the change is of one field (its lead unit, its frequency) or a repeal.
 */
function changedSentences(o: Override, tree: ClauseTree): string[] | undefined {
  if (o.action !== 'adjust' || (o.field !== undefined && o.field !== 'whole')) return undefined;
  const target = tree.byId.get(o.targetClauseId ?? '');
  const by = tree.byId.get(o.clauseId);
  if (!target || !by) return undefined;
  const newText = norm(tree.textWithin(by));
  const sentences = splitSentences(tree.textWithin(target)).map((x) => x.text);
  const changed = sentences.filter((x) => !newText.includes(norm(x)));
  return changed.length < sentences.length ? changed : undefined;
}

interface ClauseTree {
  byId: ReadonlyMap<string, Clause>;
  /** The ids of the clauses below a clause, at any depth. */
  below(id: string): string[];
  /** A clause's text with the texts of the clauses below it that it does not already hold. */
  textWithin(clause: Clause): string;
}

/** The clauses by id and by parent, worked out when first asked (most views change no article). */
function clauseTree(clauses: readonly Clause[]): ClauseTree {
  let byId: Map<string, Clause> | undefined;
  let children: Map<string, Clause[]> | undefined;
  const kids = (id: string) => (children ??= groupBy(clauses.filter((c) => c.parentId !== undefined), (c) => c.parentId!)).get(id) ?? [];
  const tree: ClauseTree = {
    get byId() {
      return (byId ??= new Map(clauses.map((c) => [c.id, c])));
    },
    below: (id) => kids(id).flatMap((c) => [c.id, ...tree.below(c.id)]),
    textWithin: (clause) => [clause.text, ...kids(clause.id).filter((c) => !clause.text.includes(c.text)).map((c) => tree.textWithin(c))].join('\n'),
  };
  return tree;
}

/** The texts of the excluded 款 and 项 (and changed sentences), by the clause retrieval reads them in (their article or section). */
function excludedParts(excluded: ReadonlySet<string>, clauses: readonly Clause[], changedParts: ReadonlyMap<string, readonly string[]>): InForce['inExcludedPart'] {
  const parts = new Map<string, string[]>([...changedParts].map(([id, texts]) => [id, [...texts]]));
  const byId = excluded.size > 0 ? new Map(clauses.map((c) => [c.id, c])) : undefined;
  // (up to the clause it is read in: an article for its 款 and 项; a plan's section 3.2, searched too, for its 项 （一）)
  const readIn = (c: Clause, part: Clause) => {
    const parent = c.parentId ? byId!.get(c.parentId) : undefined;
    return parent && (!isSearchable(c) || parent.text.includes(part.text)) ? parent : undefined;
  };
  for (const id of excluded) {
    const part = byId?.get(id);
    if (!part) continue;
    let owner = part;
    for (let up = readIn(owner, part); up; up = readIn(owner, part)) owner = up;
    if (owner !== part && !excluded.has(owner.id)) parts.set(owner.id, [...(parts.get(owner.id) ?? []), part.text]);
  }
  return (clauseId, text) => parts.get(clauseId)?.some((t) => t.includes(text) || text.includes(t)) ?? false;
}

/** Views kept per memo: asked dates are few (today, and the dates questions name). */
const VIEWS_KEPT = 64;

/**
 * `inForceOn` over one knowledge base, each view made once per date and asked fields: with an earlier version
 * of a document, a view walks every clause, and every answer asks for one. The views are read-only.
 */
export function inForceMemo(overrides: readonly Override[], documents: readonly DocumentMeta[], clauses: readonly Clause[]): (asOf: string, asked?: ReadonlySet<AskedField>, where?: readonly string[]) => InForce {
  const views = new Map<string, InForce>();
  // (only the places some change is scoped to make views differ)
  const scopes = new Set(overrides.map((o) => o.scope).filter((s) => s !== undefined));
  return (asOf, asked, where) => {
    const within = where?.filter((p) => scopes.has(p));
    const key = `${asOf}|${asked === undefined ? '-' : [...asked].sort().join(',')}|${within?.join(',') ?? ''}`;
    let view = views.get(key);
    if (!view) {
      if (views.size >= VIEWS_KEPT) views.clear();
      view = inForceOn(overrides, documents, clauses, asOf, asked, within);
      views.set(key, view);
    }
    return view;
  };
}

/**
 * Ranked items with what is not in force taken out: a changed clause's place goes to the clause that changed
 * it (if the list does not already hold it), a confirmed one keeps its place and brings its confirmation.
 */
export function applyInForce<T>(items: readonly T[], view: InForce, clauseOf: (item: T) => Clause, itemOf: (clause: Clause, like: T) => T | undefined, clauses: ReadonlyMap<string, Clause>): T[] {
  const out: T[] = [];
  const seen = new Set<string>();
  const push = (item: T) => {
    const id = clauseOf(item).id;
    if (seen.has(id) || view.excluded.has(id)) return;
    seen.add(id);
    out.push(item);
  };
  for (const item of items) {
    const clause = clauseOf(item);
    if (!view.excluded.has(clause.id)) push(item);
    for (const id of view.replacements.get(clause.id) ?? []) {
      const by = clauses.get(id);
      const made = by ? itemOf(by, item) : undefined;
      if (made) push(made);
    }
  }
  return out;
}
