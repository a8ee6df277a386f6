/**
 * Field labels that assign units and deadlines (牵头单位： 配合单位： 责任处室： 完成时限：), the header words
 * of task tables, and the mark the readers put before a table. Lead and cooperating roles are written
 * once; the patterns differ in what may follow the role word and where the label stands.
 */

/** 牵头 主责 责任 — role words of the unit that leads (or is responsible). */
const LEAD_ROLES = '牵头|主责|责任';
/** 配合 协办 协助 — role words of a cooperating unit that a field line may carry. */
const COOPERATE_FIELD_ROLES = '配合|协办|协助';
/** The same and 参与, which appears only inside brackets and table headers (参与单位：). */
const COOPERATE_ROLES = `${COOPERATE_FIELD_ROLES}|参与`;
/** 单位 部门 处室 科室 — what a field line's role word is followed by. */
const FIELD_BODIES = '单位|部门|处室|科室';

/** 牵头单位 责任单位·牵头 责任处室 主责 — a label or header naming the lead. */
export const LEAD_ROLE = new RegExp(LEAD_ROLES, 'u');
/** 配合单位 责任单位·配合 协办 参与 — a label or header naming a cooperating unit. */
export const COOPERATE_ROLE = new RegExp(COOPERATE_ROLES, 'u');

/**
 * 责任处室： 牵头单位： 配合单位： 牵头： 配合部门： 责任单位： 主责单位： 协办单位： 参与处： — a label inside an
 * assigning parenthetical (group 1 the role word); the word after the role is optional: （牵头：A，配合：B）.
 */
export const ASSIGNMENT_LABEL = new RegExp(`(${LEAD_ROLES}|${COOPERATE_ROLES})(?:${FIELD_BODIES}|处|科)?[：:]`, 'gu');

const UNIT_FIELD = `^(?:${LEAD_ROLES}|${COOPERATE_FIELD_ROLES})(?:${FIELD_BODIES})[：:]`;

/** 牵头单位：市人社局 / 责任单位：市市场监管局；配合单位：市应急局 — a unit field line, not in brackets. */
export const UNIT_FIELD_START = new RegExp(UNIT_FIELD, 'u');

// 完成时限 完成时间 时限要求 完成期限 — the labels of a deadline field.
const DEADLINE_FIELDS = '完成时限|完成时间|时限要求|完成期限';

/**
 * 牵头单位：市人社局, 配合单位：…, 完成时限：2024年12月31日前 — a field line of the item above: a unit field
 * or a deadline field.
 */
export const FIELD_LINE = new RegExp(`${UNIT_FIELD}|^(?:${DEADLINE_FIELDS})[：:]`, 'u');

/** ；完成时限：2026年6月30日前 — a deadline field after the unit fields of a parenthetical: no unit follows it. */
export const DEADLINE_LABEL = new RegExp(`[；;，,]?\\s*(?:${DEADLINE_FIELDS})[：:]`, 'u');

/**
 * （责任处室：化工处）, （…应急局、市场监管局按职责分工配合）, （…管委会、红山街道办负责） — a clause that
 * names responsible units, as retrieval boosts it.
 */
export const DUTY_ROW = /[（(]责任(?:处室|单位)[：:]|按职责分工配合|(?:牵头|负责)[，,；;）)]/u;

/** （责任处室 （牵头 （配合 — where a heading's title stops: the assigning parenthetical after it (a source). */
export const ROLE_BRACKET_SOURCE = '[（(](?:责任|牵头|配合)';

/** （责任处室：… （牵头单位：… — an item that assigns a lead, so it is more than a bare heading. */
export const LEAD_BRACKET = /[（(](?:责任|牵头)/u;

/** （责任处室：… （责任单位：… — a clause that lists responsible units, so it is not a bare heading. */
export const RESPONSIBLE_BRACKET = /[（(]责任/u;

/** What a task table's column holds, by its header. */
export type HeaderRole = 'lead' | 'cooperate' | 'task' | 'deadline' | 'frequency' | 'other';

/**
 * Header words in precedence order (the first that matches decides): 责任单位·配合 is cooperate, though
 * it says 责任 too.
 */
const HEADER_ROLES: ReadonlyArray<[Exclude<HeaderRole, 'other'>, RegExp]> = [
  ['cooperate', COOPERATE_ROLE], // 配合单位 配合部门 责任单位·配合
  ['lead', LEAD_ROLE], // 牵头单位 责任单位·牵头 责任处室
  ['frequency', /频次|频率|周期/u], // 检查频次
  ['deadline', /时限|时间|期限|完成/u], // 完成时限
  ['task', /任务|内容|事项|措施|工作/u], // 重点任务
];

/** 责任单位·配合 配合部门 → cooperate; 牵头单位 责任单位·牵头 责任处室 → lead; 重点任务 → task; 完成时限 → deadline. */
export function headerRole(header: string): HeaderRole {
  return HEADER_ROLES.find(([, re]) => re.test(header))?.[0] ?? 'other';
}

/** The mark the DOCX and HTML readers put before a table's header names: 【表格】序号｜重点任务｜牵头单位. */
export const TABLE_MARK = '【表格】';

/** 【表格】序号｜重点任务｜牵头单位 — a paragraph that opens a table. */
export const TABLE_MARK_LINE = new RegExp(`^${TABLE_MARK}`, 'u');

/** 【表格】序号｜重点任务｜牵头单位 → 序号｜重点任务｜牵头单位 (group 1): every table's header line in a text. */
export const TABLE_HEADER_LINE = new RegExp(`${TABLE_MARK}([^\\n]*)`, 'gu');

/** 序号：1；重点任务：开展全覆盖检查；牵头单位：区工信局 — a table row as header：value pairs. */
export const TABLE_ROW = /^[^：；\n]{1,16}：[^\n]*$/u;

/**
 * 报市港口管理局, 向公安机关消防机构申请, 报送住房和城乡建设主管部门审查, 报告市交通运输局 — whom a report or an
 * application goes to (group 1): a unit's name after the verb that sends it.
 */
export const RECIPIENT = /(?:向|报送至?|报告|报|交至|交给|送交|提交至?)([^，。；、\s“”《》]{2,24}?(?:局|厅|委|办公室|办|科|处|股|中心|支队|大队|派出所|部门|机构|政府|管委会|委员会))(?=[，。；、\s]|报告|报送|备案|申请|审查|审批|提出|申报|并|$)/gu;

/** 本周检查进展情况, 自查报告 — what is sent, read by RECIPIENT when no unit follows the verb. */
export const NOT_RECIPIENT = /情况|进展|材料|总结|方案|报告|记录|清单|台账|表/u;
