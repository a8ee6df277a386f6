/**
 * What a question asks for, as one ordered table: the first row whose pattern matches wins, so precedence
 * is the order of the rows (a duty question that mentions 隐患 is a duty question; a checklist request that
 * says 谁 is a checklist request). Each row carries the retrieval hints of its intent, examples (tested in
 * `intents.test.ts`, conflicts included) and the answerer the assistant routes it to.
 */
import { ASKS_ALL_OBLIGATIONS, KEEPS_INTENT } from './cues.js';

export type Intent = 'checklist' | 'metadata' | 'supersede' | 'duty' | 'deadline' | 'frequency' | 'hazard' | 'applicability' | 'general';

/**
 * Who answers: `checklist` drafts a cited checklist, `obligations` lists everything that binds the asker,
 * `retrieve` searches and answers from the clauses (extractive offline, or the model).
 */
export type AnswererKey = 'checklist' | 'obligations' | 'retrieve';

export interface IntentRule {
  intent: Intent;
  /** True when the question (one turn, alone) asks this. */
  matches: (question: string) => boolean;
  /** Words answers of this intent tend to contain, searched at a low weight: a when-question rarely shares words with 从2020年6月至2022年12月，分四个阶段进行. */
  hints: readonly string[];
  /** The answerer; `refine` picks another one when its pattern matches the question (also for a follow-up that kept this intent). */
  answerer: AnswererKey;
  refine?: { when: RegExp; answerer: AnswererKey };
  /** Questions this row must win, in the order of the table. */
  examples: readonly string[];
}

const test = (re: RegExp) => (q: string) => re.test(q);

// 列个清单, 拟一份安全检查表, 出一份自查表, 工作清单 — with a verb that asks for one.
const CHECKLIST = /(?:检查|自查|排查|工作|隐患)(?:清单|表)|清单|自查表|检查表/u;
// (the verb makes the list: 清单里说…多久做一次 asks about a 清单, not for one)
const CHECKLIST_VERB = /(?:列|拟|出|做|生成|起草|整理)[^，。？?]{0,14}(?:清单|表)|给我|帮我/u;
// 都要查哪几项, 资料方面要查哪些项, 检查表里这部分要查什么 — asks for the check items themselves (not 重点排查哪几块)
const ASKS_CHECK_ITEMS = /(?<![排检])查(?:哪些|哪几)项|都要查哪|检查表[^？?]{0,16}查(?:什么|哪些)/u;
// 文号是多少, 发文日期, 什么时候印发的 — questions about the document itself, not its content.
const METADATA = /文号|发文字号|发文日期|印发日期|成文日期|哪天印发|什么时候(?:印发|发布|下发)|啥时候(?:印发|发布|发的)|谁发的|发文单位|发文机关/u;
// 还有效吗, 以哪个为准, 是否废止, 新旧规定不一致 — which of several rules is in force.
const SUPERSEDE = /还有效|是否有效|仍然有效|以哪个为准|以哪份为准|哪个为准|废止|作废|失效|替代|取代|新旧|还执行|是否执行|施行|生效|开始执行|开始实施|有效期|管几年/u;
// 归哪个处管, 谁牵头, 哪些局配合, 责任主体是谁, 唱主角还是配合, 市商务局具体管什么 (but not 主要负责人, a person, nor 罚谁, a penalty)
const DUTY = /(?<!罚)谁|(?:局|处|科|委|办|队|中心|站)[^，。？?]{0,10}管(?:什么|哪些|啥)|哪个处|哪些处|哪个部门|哪些部门|哪个单位|哪些单位|哪个局|哪些局|哪个科室|责任处室|责任单位|责任主体|负责(?!人)|牵头|配合|归.{0,6}管|担责|主角|分别由/u;
// 多久一次, 一年几次, 频次, 多长时间
const FREQUENCY = /多久|多长时间|几次|频次|频率|每[年月季周天日].{0,4}几|一年.{0,6}几|周期|定期/u;
// 最晚啥时候, 期限, 截止, 分几个阶段, 哪几年
const DEADLINE = /什么时候|啥时候|何时|多会儿|期限|截止|最晚|时限|几个阶段|哪几个阶段|每段|阶段|哪几年|哪一年|几月|之前完成|前完成|时间安排/u;
// 我们厂, 我们企业, 我司, 能不能, 可以吗, 要不要
const APPLICABILITY = /我们|我厂|我司|本厂|本公司|我单位|能不能|可不可以|可以吗|行不行|要不要|需不需要|还能|适用/u;
// 重大隐患, 判定标准, 重点排查, 禁止性要求, 严禁
const HAZARD = /隐患|判定|标准|排查|禁止|严禁|不得|风险|专项治理|整治/u;

/** The intents, most specific first. `general` matches everything and stays last. */
export const INTENT_RULES: readonly IntentRule[] = [
  {
    intent: 'checklist',
    matches: (q) => (CHECKLIST.test(q) && CHECKLIST_VERB.test(q)) || ASKS_CHECK_ITEMS.test(q),
    hints: [],
    answerer: 'checklist',
    examples: ['帮我列一份民爆企业的安全检查清单', '给县工信局出一份自查表', '谁来查都行，帮我拟一份检查表', '医院专项检查都要查哪几项？', '检查表里消防安全管理那部分要查什么？'],
  },
  {
    intent: 'metadata',
    matches: test(METADATA),
    hints: [],
    answerer: 'retrieve',
    examples: ['文登那个三年行动方案的文号是多少？', '这个通知是哪天印发的', '方案是谁发的'],
  },
  {
    intent: 'supersede',
    matches: test(SUPERSEDE),
    hints: ['施行', '废止', '有效期', '同时废止'],
    answerer: 'retrieve',
    examples: ['这个条例从什么时候开始施行？', '旧的判定标准还有效吗', '新旧规定不一致以哪个为准，谁说了算'],
  },
  {
    intent: 'duty',
    matches: test(DUTY),
    hints: ['负责', '牵头', '配合', '责任处室'],
    answerer: 'retrieve',
    examples: ['城市安全风险信息平台归哪个处管', '这条谁牵头、谁配合', '重大隐患排查由哪个部门负责？', '化工处负责哪些任务', '市商务局在这次专项检查里具体管什么'],
  },
  {
    intent: 'frequency',
    matches: test(FREQUENCY),
    hints: ['每年', '每季度', '每月', '每半年', '定期', '至少'],
    answerer: 'retrieve',
    examples: ['民爆企业多久搞一次隐患排查？', '疏散演练一年几次', '排查的频次是什么'],
  },
  {
    intent: 'deadline',
    matches: test(DEADLINE),
    hints: ['时间安排', '阶段', '底前', '完成', '时限'],
    answerer: 'retrieve',
    examples: ['专项整治最晚啥时候完成？', '三年行动分几个阶段', '自查报告的截止时间'],
  },
  {
    intent: 'applicability',
    matches: test(APPLICABILITY),
    hints: [],
    answerer: 'retrieve',
    // 我们是文登的民爆销售公司，要遵守哪些规定？ asks for everything that binds the asker.
    refine: { when: ASKS_ALL_OBLIGATIONS, answerer: 'obligations' },
    examples: ['我们是文登的民爆销售公司，要遵守哪些规定？', '我们厂能不能在库房里充电', '软件公司要不要做应急演练'],
  },
  {
    intent: 'hazard',
    matches: test(HAZARD),
    hints: [],
    answerer: 'retrieve',
    examples: ['哪些情形算重大事故隐患', '储罐区严禁哪些行为', '船舶修造行业重点整治什么'],
  },
  { intent: 'general', matches: () => true, hints: [], answerer: 'retrieve', examples: ['安全生产月活动是干什么的'] },
];

/** The first row that matches one question on its own. */
export function ruleFor(question: string): IntentRule {
  return INTENT_RULES.find((r) => r.matches(question))!;
}

/** The row of an intent (its first row). */
export function ruleOf(intent: Intent): IntentRule {
  return INTENT_RULES.find((r) => r.intent === intent)!;
}

/** The intent and its answerer. A follow-up with no intent of its own (那汕头呢？) keeps the previous question's intent. */
export function classify(question: string, previousQuestion?: string): { rule: IntentRule; answerer: AnswererKey } {
  let rule = ruleFor(question);
  if (rule.intent === 'general' && previousQuestion && KEEPS_INTENT.test(question.trim())) rule = ruleFor(previousQuestion);
  const answerer = rule.refine?.when.test(question) ? rule.refine.answerer : rule.answerer;
  return { rule, answerer };
}
