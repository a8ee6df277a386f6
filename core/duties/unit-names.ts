/**
 * Unit names as notices write them: lists split at 、 (not inside brackets, not inside 工业和信息化),
 * the shape test that tells a unit (局, 处室, 管委会…) from an enterprise (企业, 生产经营单位), and
 * alias-aware matching that also reads a list's leading 市/区/县 into the names after it.
 */
import type { Aliases } from '../lexicon/aliases.js';
import { ENTERPRISE_END, HAS_PLACE, LEVEL_PREFIX, NOT_A_UNIT, PERSON_END, UNIT_END, ZONE_ACTOR } from '../text/zh/index.js';

/** True for a name shaped like a government unit or a zone acting as one; false for enterprises and people. */
export function isUnitName(name: string): boolean {
  const s = name.trim();
  if (s.length < 2 || s.length > 40 || /[，。；：“”《》？！]/u.test(s) || NOT_A_UNIT.test(s)) return false;
  if (ENTERPRISE_END.test(s) || PERSON_END.test(s)) return false;
  return UNIT_END.test(s) || ZONE_ACTOR.test(s);
}

/** True for a name shaped like a kind of enterprise bound by a duty (民爆生产销售企业, 生产经营单位). */
export function isEnterpriseName(name: string): boolean {
  return ENTERPRISE_END.test(name.trim());
}

/** Splits at the separators outside brackets: 各县（市、区）工信局、经发局 → [各县（市、区）工信局, 经发局]. */
function splitOutsideBrackets(text: string, separators: RegExp): string[] {
  const parts: string[] = [];
  let depth = 0;
  let cur = '';
  for (const ch of text) {
    if (/[（(【〔]/u.test(ch)) depth++;
    if (/[）)】〕]/u.test(ch)) depth = Math.max(0, depth - 1);
    if (depth === 0 && separators.test(ch)) {
      parts.push(cur);
      cur = '';
    } else cur += ch;
  }
  parts.push(cur);
  return parts.map((p) => p.trim()).filter((p) => p !== '');
}

/**
 * Splits one list item at 和/及/与 only where the left side is itself a whole unit name, so
 * 红山街道办和各有关部门 splits but 工业和信息化局 and 住房和城乡建设局 do not.
 */
function splitConjunctions(item: string): string[] {
  for (let i = 2; i < item.length - 1; i++) {
    const ch = item[i]!;
    if (!'和及与'.includes(ch)) continue;
    const left = item.slice(0, i);
    const right = item.slice(i + 1);
    if (isUnitName(left) && right.length >= 2) return [left, ...splitConjunctions(right)];
  }
  return [item];
}

/**
 * A written list of units, verbatim and in order, without a trailing 等:
 * `市发改委、工信局等` → [市发改委, 工信局]; `产业区管委会、红山街道办和各有关部门` → three names.
 */
export function splitUnits(list: string): string[] {
  const items = splitOutsideBrackets(list, /[、，,；;\s]/u).flatMap(splitConjunctions);
  // 工信局等 → 工信局 (等 closes an open list); 各镇街等部门 stays whole
  return items.map((s) => s.replace(/等$/u, '')).filter((s) => s !== '');
}

/** The level a list's first name opens with (市 in 市发改委), which the names after it share. */
export function levelPrefix(first: string | undefined): string | undefined {
  return first === undefined ? undefined : LEVEL_PREFIX.exec(first)?.[1];
}

/**
 * The name with its list's leading level applied, for matching only (rows keep the verbatim name):
 * qualifiedUnit('工信局', ['市发改委', '工信局']) → 市工信局; a name that already names its place is unchanged.
 */
export function qualifiedUnit(name: string, list: readonly string[]): string {
  const level = levelPrefix(list[0]);
  if (!level || name === list[0] || HAS_PLACE.test(name) || LEVEL_PREFIX.test(name)) return name;
  return level + name;
}

/**
 * True when a row's unit answers a query for `query`, through the alias table: 工信局 finds 市工信局,
 * 各区工信局 and 经信局; 市工信局 finds the 工信局 of a list that opens with 市; 化工处 finds 化工处.
 */
export function unitMatches(aliases: Aliases, query: string, name: string, list: readonly string[] = [name]): boolean {
  const q = aliases.canonicalUnit(query);
  for (const candidate of new Set([name, qualifiedUnit(name, list)])) {
    // 各区工业和信息化局 → 区工业和信息化局
    const c = aliases.canonicalUnit(candidate).replace(/^各/u, '');
    if (c === q || c.endsWith(q)) return true;
    // a query naming the place (舞钢市工信局) still finds a row that only says 市工信局
    if (LEVEL_PREFIX.test(c) && q.endsWith(c)) return true;
  }
  return false;
}
