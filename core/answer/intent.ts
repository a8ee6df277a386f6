/**
 * What a question asks for. The answer composer picks its evidence and wording by intent.
 */

export type Intent = 'checklist' | 'metadata' | 'supersede' | 'duty' | 'deadline' | 'frequency' | 'hazard' | 'applicability' | 'general';

// 列个清单, 拟一份安全检查表, 出一份自查表, 工作清单
const CHECKLIST = /(?:检查|自查|排查|工作|隐患)(?:清单|表)|清单|自查表|检查表/u;
const CHECKLIST_VERB = /列|拟|出|做|生成|起草|整理|给我|帮我/u;
// 文号是多少, 发文日期, 什么时候印发的 — questions about the document itself, not its content.
const METADATA = /文号|发文字号|发文日期|印发日期|成文日期|哪天印发|什么时候(?:印发|发布|下发)|啥时候(?:印发|发布|发的)|谁发的|发文单位|发文机关/u;
// 还有效吗, 以哪个为准, 是否废止, 新旧规定不一致 — which of several rules is in force.
const SUPERSEDE = /还有效|是否有效|仍然有效|以哪个为准|以哪份为准|哪个为准|废止|作废|失效|替代|取代|新旧|还执行|是否执行|施行|生效/u;
// 归哪个处管, 谁牵头, 哪些局配合, 责任主体是谁, 唱主角还是配合 (but not 主要负责人, a person)
const DUTY = /谁|哪个处|哪些处|哪个部门|哪些部门|哪个单位|哪些单位|哪个局|哪些局|哪个科室|责任处室|责任单位|责任主体|负责(?!人)|牵头|配合|归.{0,6}管|担责|主角|分别由/u;
// 最晚啥时候, 期限, 截止, 分几个阶段, 哪几年
const DEADLINE = /什么时候|啥时候|何时|多会儿|期限|截止|最晚|时限|几个阶段|哪几个阶段|每段|阶段|哪几年|哪一年|几月|之前完成|前完成|时间安排/u;
// 多久一次, 一年几次, 频次, 多长时间
const FREQUENCY = /多久|多长时间|几次|频次|频率|每[年月季周天日].{0,4}几|一年.{0,6}几|周期|定期/u;
// 重大隐患, 判定标准, 重点排查, 禁止性要求, 严禁
const HAZARD = /隐患|判定|标准|排查|禁止|严禁|不得|风险|专项治理|整治/u;
// 我们厂, 我们企业, 我司, 能不能, 可以吗, 要不要
const APPLICABILITY = /我们|我厂|我司|本厂|本公司|我单位|能不能|可不可以|可以吗|行不行|要不要|需不需要|还能|适用/u;

// 那疏散逃生演练呢？ 换成废旧物资回收企业呢？ — a follow-up that keeps the previous question's intent.
const FOLLOW_UP = /^(?:那|那么|换成|还有|另外)|呢[?？]?$/u;

/**
 * The intent of a question; the first rule that matches wins, in order of specificity. A follow-up
 * with no intent of its own keeps the intent of the previous question.
 */
export function detectIntent(question: string, previousQuestion?: string): Intent {
  const own = ownIntent(question);
  if (own === 'general' && previousQuestion && FOLLOW_UP.test(question.trim())) return ownIntent(previousQuestion);
  return own;
}

function ownIntent(question: string): Intent {
  if (CHECKLIST.test(question) && CHECKLIST_VERB.test(question)) return 'checklist';
  if (METADATA.test(question)) return 'metadata';
  if (SUPERSEDE.test(question)) return 'supersede';
  if (DUTY.test(question)) return 'duty';
  if (FREQUENCY.test(question)) return 'frequency';
  if (DEADLINE.test(question)) return 'deadline';
  if (APPLICABILITY.test(question)) return 'applicability';
  if (HAZARD.test(question)) return 'hazard';
  return 'general';
}

/**
 * Words that answers of each intent tend to contain, used as a low-weight retrieval hint: a when-
 * question (到什么时候结束) rarely shares words with 从2020年6月至2022年12月，分四个阶段进行.
 */
export const INTENT_HINTS: Partial<Record<Intent, readonly string[]>> = {
  deadline: ['时间安排', '阶段', '底前', '完成', '时限'],
  frequency: ['每年', '每季度', '每月', '每半年', '定期', '至少'],
  duty: ['负责', '牵头', '配合', '责任处室'],
  supersede: ['施行', '废止', '有效期', '同时废止'],
};
