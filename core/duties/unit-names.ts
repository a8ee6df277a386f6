/**
 * Unit names as notices write them: lists split at 、 (not inside brackets, not inside 工业和信息化),
 * the shape test that tells a unit (局, 处室, 管委会…) from an enterprise (企业, 生产经营单位), and
 * alias-aware matching that also reads a list's leading 市/区/县 into the names after it.
 */
import type { Aliases } from '../lexicon/aliases.js';

// 市发改委 工信局 技术与改造投资处 各责任处室 红山街道办 市产业集聚区管委会 消防大队 厅安全生产委员会
// 各有关部门 局属各单位 产业区管理机构 信息中心 工信部 区船舶工业安全生产联席会议成员单位
const UNIT_END =
  /(?:局|厅|委|委员会|会|办|办公室|处|处室|科|科室|中心|大队|支队|中队|管委会|政府|部门|部|署|站|机构|单位|领导小组|小组|街道|镇街|乡镇)$/u;

// 产业区 园区 开发区 高新区 — a zone acting through its management (产业区要结合实际建立…清单)
const ZONE_ACTOR = /^[\p{Script=Han}]{0,8}(?:产业区|园区|开发区|集聚区|高新区|新区)$/u;

// 民爆生产销售企业 生产经营单位 监管行业企业 — bound parties, not units
const ENTERPRISE_END = /(?:企业|生产经营单位|经营单位|生产单位|公司)$/u;

// 主要负责人 分管负责同志 从业人员 — people, neither unit nor enterprise
const PERSON_END = /(?:负责人|负责同志|人员|员工|职工|同志)$/u;

// 市发改委 → 市, 各区工信局 → 区, 县级监管部门 → 县; not 市场监管局 (市场) nor 区域 (区域)
const LEVEL_PREFIX = /^(?:各)?([省市区县州])(?![场域])/u;

// 平顶山市应急局 舞钢市工信局 自治区工信厅 国家矿山安监局 — the name already says whose it is
const HAS_PLACE = /^(?:各|国家|自治区|中央|全)|^[\p{Script=Han}]{2,6}?[省市县区州](?![场域])/u;

/** True for a name shaped like a government unit or a zone acting as one; false for enterprises and people. */
export function isUnitName(name: string): boolean {
  const s = name.trim();
  if (s.length < 2 || s.length > 40 || /[，。；：“”《》？！]/u.test(s)) return false;
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
