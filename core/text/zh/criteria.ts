/**
 * How standards and 判定细则 state criteria and scope.
 */

// 危险化学品储存企业有下列情形之一的，应当判定为重大事故隐患： — a list of criteria follows.
export const CRITERIA_LEAD = /(?:有|存在)(?:下列|以下|如下)(?:情形|情况|行为)之一的?[，,]?(?:应当|应|可以|可)?(?:判定|认定|视为|确定)为[^：:。]{0,20}[：:]?/u;

// …可以判定为重大事故隐患。 — a criterion stated without a list (a catch-all when it says 以外的其他).
export const JUDGED_AS = /(?:应当|应|可以|可)?(?:判定|认定|视为)为(?:重大事故隐患|重大隐患|重大生产安全事故隐患)/u;
// 本细则第五条、第六条规定以外的其他严重问题 — the catch-all names what it is not.
export const CATCH_ALL = /以外的(?:其他|其它)|其他(?:严重|重大)(?:问题|情形)|兜底/u;

/** Scope sentences and what each says. */
export const SCOPE_RULES: ReadonlyArray<{ scope: 'excludes' | 'refers' | 'defines' | 'applies'; re: RegExp }> = [
  // 下列企业和场所不适用本细则, 不列入本次专项检查范围, 不纳入
  { scope: 'excludes', re: /不适用|不列入|不纳入|不属于本|除外|不在本.{0,6}范围/u },
  // 前款规定规模以下的企业，参照本细则执行
  { scope: 'refers', re: /参照(?:本|此|执行|适用)/u },
  // 本细则所称…是指, 下列用语的含义, 以上包括本数
  { scope: 'defines', re: /所称|是指|用语的含义|包括本数|含本数|不包括本数/u },
  // 本细则适用于…, 纳入…范围
  { scope: 'applies', re: /适用于|纳入[^。；]{0,12}范围|检查范围|统计范围/u },
];
