/**
 * Numbers with units as the documents write them: 10吨以上, 不少于6家, 3名以上, 百分之二十以上, 90日,
 * 1个工作日内, 500立方米. Units are grouped into kinds so a question asking 多少米 looks for lengths.
 */
import { chineseToNumber } from './numerals.js';

/**
 * A number in digits or Chinese numerals: 10, 2.5, 三, 二十, 一百; 8万 and 1.5万 before a unit other than 元 (8万平方米,
 * 2万吨), while 80万元 keeps 万元 as its unit.
 */
export const NUMBER_SOURCE = '(?:\\d+(?:\\.\\d+)?(?:[万亿](?![元\\d]))?|[零〇一二两三四五六七八九十百千万]+)';

/** Units by kind; the longest spelling first inside each kind. */
export const UNIT_KINDS = {
  volume: ['立方米', 'm³', 'm3'],
  area: ['平方米', '㎡', 'm²', 'm2', '公顷', '亩'],
  speed: ['公里每小时', '千米每小时', '公里/小时', 'km/h'],
  length: ['千米', '公里', '厘米', '毫米', '公分', '米'],
  mass: ['千克', '公斤', '吨'],
  money: ['万元', '亿元', '元'],
  percent: ['%', '％'],
  hours: ['学时', '课时'],
  duration: ['个工作日', '工作日', '个月', '小时', '分钟', '日', '天', '周', '年'],
  people: ['人次', '名', '人'],
  count: ['家', '个', '项', '处', '座', '台', '套', '次', '份', '批'],
  concentration: ['mg/m³', 'mg/m3', 'ppm'],
  pressure: ['兆帕', '千帕', 'MPa', 'kPa'],
} as const;
export type UnitKind = keyof typeof UNIT_KINDS;

// 以上 以下 以内 不少于 不低于 不超过 不足 超过 达到 — how a threshold compares.
export const COMPARATOR_AFTER = '(?:及以上|以上|以下|以内|之内|内|及以下)';
export const COMPARATOR_BEFORE = '(?:不少于|不低于|不小于|不超过|不高于|不大于|超过|低于|少于|小于|大于|高于|达到|满|不足|不满|不到)';

// 7米5, 1米8 — a decimal said the colloquial way (7.5米); the digit after the unit ends the number.
export const COLLOQUIAL_DECIMAL = /(\d+)(米|吨)(\d)(?![\d.])/gu;

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
const ALL_UNITS = Object.values(UNIT_KINDS).flat().sort((a, b) => b.length - a.length).map(escape).join('|');

/**
 * A quantity: optional comparator before, the number, the unit, optional comparator after.
 * 不少于6家, 10吨以上, 3名以上, 90日, 1个工作日内, 百分之二十以上; not 2025年 (a year), 第三条, 5月.
 */
export const QUANTITY = new RegExp(
  `(${COMPARATOR_BEFORE})?(?:百分之(${NUMBER_SOURCE})|(${NUMBER_SOURCE})\\s*(${ALL_UNITS}))(${COMPARATOR_AFTER})?`,
  'gu',
);

/** The value of a quantity's number: 12, 1.5, 二十 → 20, 8万 → 80000; NaN when it is none. */
export function quantityNumber(text: string): number {
  const m = /^(\d+(?:\.\d+)?)([万亿])?$/u.exec(text);
  if (!m) return /^\d/u.test(text) ? Number.NaN : chineseToNumber(text);
  return Number(m[1]) * (m[2] === '亿' ? 1e8 : m[2] === '万' ? 1e4 : 1);
}

/** 8万 before no unit (投资80万的项目) is an amount of money: 80万元. */
export const WAN_WITHOUT_UNIT = new RegExp(`(\\d+(?:\\.\\d+)?)万(?!${ALL_UNITS}|亿)`, 'gu');

/** The kind of a unit (吨 → mass), or undefined. */
export function unitKind(unit: string): UnitKind | undefined {
  for (const [kind, units] of Object.entries(UNIT_KINDS) as Array<[UnitKind, readonly string[]]>) if (units.includes(unit)) return kind;
  return undefined;
}

/**
 * What a question asks a number of, by the words before or after 多少/几: 多少米 → length, 几家 → count,
 * 多少人 → people, 多长时间/多少天 → duration, 比例 → percent, 多少钱 → money.
 */
export const ASKED_QUANTITY: ReadonlyArray<{ kind: UnitKind; re: RegExp }> = [
  // 多少钱 罚多少 罚款多少 多少万
  { kind: 'money', re: /多少钱|多少万|罚多少|罚款.{0,4}多少|多少.{0,2}罚款|金额/u },
  // 比例 百分之几 多少%
  { kind: 'percent', re: /比例|百分之几|多少%|几成/u },
  // 多少学时 几个学时
  { kind: 'hours', re: /(?:多少|几个?)学时|(?:多少|几个?)课时/u },
  // 多少立方 多大容积
  { kind: 'volume', re: /多少立方|容积.{0,4}多少|多大容积/u },
  // 多少平方 多大面积
  { kind: 'area', re: /多少平|面积.{0,4}多少|多大面积/u },
  // 多少公里每小时 时速 车速多少 — a speed
  { kind: 'speed', re: /公里每小时|千米每小时|时速|车速.{0,4}多少/u },
  // 多少米 多深 多高 多远 距离多少
  { kind: 'length', re: /多少米|几米|多少毫米|多少厘米|多少公分|多深|多高|多远|多宽|距离.{0,4}多少|间距.{0,4}多少/u },
  // 多少吨 几吨
  { kind: 'mass', re: /多少吨|几吨|多少公斤/u },
  // 多少人 几个人 几名 配几个 最多能雇几个营业员
  { kind: 'people', re: /多少人|几个人|几人|几名|多少名|配几个|配多少|几个[\p{Script=Han}]{0,3}[员工](?=[？?，。]|$)/u },
  // 多长时间 保存多少年 多少天 几天 多少个工作日 多久内 期限多长 提前多久
  { kind: 'duration', re: /多长时间|多少年|(?<!哪)几年|多少天|几天|多少日|几日|几个工作日|多少个工作日|几个小时|多少小时|几个月|多久(?:内|之内|以内|要|必须|得|之前|以前|前)|提前多久|期限.{0,4}(?:多长|多久)|(?:延|延期|延长).{0,4}(?:多久|多长)/u },
  // 多少家 几家 几个企业 几项
  { kind: 'count', re: /多少家|几家|多少个|几个(?!人|月|小时|学时|工作日)|多少项|几项|几套|多少套|多少起|几起/u },
];
