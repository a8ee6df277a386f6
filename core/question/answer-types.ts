/**
 * What kind of fact answers a question, as one ordered table like the intents: the first row that matches
 * wins. The answer must state a fact of this type about the asked subject, or say the documents do not.
 * Each row's examples are tested in `answer-types.test.ts`.
 */
import { ASKED_QUANTITY, type UnitKind } from '../text/zh/quantities.js';
import { ASKS_AMOUNT } from './cues.js';

export type AnswerType =
  | 'contact'
  | 'reason'
  | 'article'
  | 'count'
  | 'penalty'
  | 'amount'
  | 'quantity'
  | 'hazard'
  | 'frequency'
  | 'deadline'
  | 'cooperate'
  | 'recipient'
  | 'lead'
  | 'after'
  | 'applicability'
  | 'open';

export interface AnswerTypeRule {
  type: AnswerType;
  re: RegExp;
  examples: readonly string[];
}

/** The answer types, most specific first; `open` (quotes) when none matches. */
export const ANSWER_TYPE_RULES: readonly AnswerTypeRule[] = [
  // 电话给我一下, 找谁, 联系人是谁, 邮箱多少, 科长叫什么名字
  { type: 'contact', re: /电话|联系方式|联系人|找谁|问谁|邮箱|手机号|座机|叫什么名字|姓名|哪位[^，。？]{0,3}(?:领导|[省市县区局厅处科]长)|领导是谁/u, examples: ['开发区管委会分管建筑安全的领导是谁？', '涉氨冷库检查有问题找谁？电话给我一下', '统计表填报的联系人是谁', '电子版发到哪个邮箱', '港政科的科长叫什么名字？', '筠廊区燃气整治专班的组长是哪位领导？', '这次专项检查是哪位区领导挂帅？', '危化品监管是哪位副县长分管的？'] },
  // 为什么调高了罚款, 立法理由是什么 — why a rule is so: documents state rules and, at most, their purpose
  { type: 'reason', re: /为什么|为何|理由|原因是什么|出于什么考虑/u, examples: ['河南省消防条例2014年修正时，为什么把对单位的罚款调高了？', '立法理由是什么？'] },
  // 第二十条是怎么规定的, 第十二条讲什么
  { type: 'article', re: /(?:第[一二三四五六七八九十百零〇两\d]+|\d{1,2}(?:\.\d{1,2}){1,3})条(?:[^，。？]{0,6})(?:怎么|如何|是什么|讲|说|规定|内容|写的|原文)/u, examples: ['判定细则第二十条是怎么规定的？', '安全生产法第二十一条讲的什么', '监测规范第5.2条是怎么规定的？'] },
  // 一共有多少家, 有几家企业, 多少个园区 — how many things exist (not how many a rule requires; 有几个还没拿到证 says "a few")
  // (一共最多能放几个 asks a limit the rules set, not how many there are)
  { type: 'count', re: /(?:一共|总共|共有|累计|现有|现在有|目前有|有)(?:(?!最多|最少|至少|能|可以|允许|不超过)[^，。？]){0,6}?(?:多少|几)(?:家|个|座|处|户|台|辆|艘|套|起)(?![还没已都就也])|(?:一共|总共|共有|累计|现有)[^，。？]{0,4}?(?:多少|几)[^，。？]{0,6}?(?:人|患者|病例)(?![员数])/u, examples: ['全市现在一共有多少家涉氨制冷企业？', '北岸区有几家储罐区企业', '仓库检查一共查了多少家企业？', '全市现在一共有多少台在用电梯？', '全市现在一共有多少尘肺病人？', '今年一共发生了多少起电动自行车火灾？'] },
  // 能罚多少钱, 会怎么罚, 法律责任 — what a breach costs (the amount, if asked, is in the penalty sentence)
  { type: 'penalty', re: /罚|处罚|法律责任/u, examples: ['楼道里给电瓶车充电，能罚多少钱？', '有人占用消防车通道，按省里的规定罚谁、罚多少？', '没按规范清洗排油烟管道，会怎么罚？', '违反了要承担什么法律责任'] },
  // 罚多少钱, 罚款金额, 补助多少
  { type: 'amount', re: new RegExp(`罚多少|罚款.{0,6}(?:多少|几)|${ASKS_AMOUNT.source}`, 'u'), examples: ['补助资金每家多少万', '这个项目能拿多少钱？', '保险试点每台电梯保额是多少？'] },
  // 依据哪个标准, 看哪份文件, 按什么判定 — asks for a reference: quotes answer it
  { type: 'open', re: /哪份文件|哪个文件|哪个标准|哪些标准|依据(?:的是)?(?:什么|哪)|按什么|看什么文件|引了哪些/u, examples: ['民爆企业判重大事故隐患，依据的是哪个标准？', '修船造船的厂子，判定是不是重大隐患看哪份文件？'] },
  // 算不算重大隐患, 这个怎么定性, 是不是重大事故隐患, 能判重大隐患吗
  // …这个问题大不大, 有事没事, 严不严重 — how serious a situation is, asked in everyday words
  { type: 'hazard', re: /算不算(?![^？?]*(?:范围|适用|对象|之列))|算重大|是不是重大|属不属于重大|属于重大.{0,8}吗|怎么定性|如何定性|能不能判|能判|判不判|构不构成|构成重大.{0,8}吗|定性|问题大不大|有事没事|严不严重|要不要紧/u, examples: ['紧急切断阀一直打在旁路上，这个怎么定性？', '仓库里隔了一间做员工宿舍，算不算重大隐患', '信号工没有证，这个问题大不大？', '坑边堆了一圈土，这个有事没事？'] },
  // (算不算这次整治的范围 asks what applies, below)
  // 多久一次, 一年几次, 频次, 多长时间一次, 每月几次
  // 每天几点前报 — the hour a recurring report is due
  // 多久要换, 多久检测 — a recurring act asked without 一次
  { type: 'frequency', re: /(?:多久|几天|几个月|隔多长时间)[^，。？?]{0,20}?(?:一次|一回|一期|一轮|一趟|一圈|一遍)|多长时间[^，。？?]{0,20}?(?:一次|一回|一期|一轮)|多久(?:要|得|必须|需要)?(?:更换|换|检测|检查|巡查|检验|校验|保养|维保|清洗|演练|培训)|一年.{0,6}几次|每[年月季周天日].{0,4}几次|几次|频次|频率|周期|每[天日周][^？?]{0,8}几点/u, examples: ['包保督导现在多久搞一次？', '主要负责人一年要组织几次排查', '企业主要负责人多久要组织一次重大隐患专项排查？', '春节那几天烟花巡查情况每天几点前报？', '燃气安全集中培训多长时间办一期？', '液化气连接软管多久要换？', '县里的燃气主管部门多久要对餐馆之类的非居民用户做一次检查？', '乡镇汛期多久要去尾矿库转一圈？', '汛期干滩几天测一回？'] },
  // 多少米, 几个人, 多长时间内, 比例多少 — a number with a unit
  { type: 'quantity', re: new RegExp(ASKED_QUANTITY.filter((q) => q.kind !== 'money' && q.kind !== 'count').map((q) => q.re.source).join('|'), 'u'), examples: ['挂牌督办一般给多长时间整改？', '人员较多是指多少人以上', '抽查比例是多少'] },
  // 最晚哪天交, 什么时候前完成, 截止, 期限
  { type: 'deadline', re: /最晚|截止|期限|什么时候|啥时候|啥时间|什么时间|何时|哪天|几号|几月|时限|多会儿|时间安排|几个阶段|时间变|日期变|改时间/u, examples: ['自查报告最晚哪天交？', '风险分级评估截止时间是哪天', '三年行动分几个阶段，每段啥时间？'] },
  // 配合单位有哪些, 谁配合, 协助
  { type: 'cooperate', re: /配合|协助|协同/u, examples: ['这项任务哪些单位配合？'] },
  // 报给谁, 向谁报告, 交给谁, 报哪个部门审查 — whom a report or application goes to, not who leads
  { type: 'recipient', re: /向谁|[报交送递]给谁|报谁|报(?:到)?哪(?:个|里|儿)|向哪个?(?:部门|单位|机构)|哪个部门(?:审查|审批|受理|验收)/u, examples: ['自动消防设施要停用，需要向谁报告？', '交给谁？', '消防设计文件现在应该报哪个部门审查？'] },
  // 谁牵头, 哪个科负责, 归哪个处管
  { type: 'lead', re: /(?<![向给报罚])(?<!(?:领导|[长任记人])是)谁|哪个处|哪些处|哪个科|哪些科|(?<![向报])哪个部门|哪些部门|哪个单位|哪些单位|哪个局|哪些局|责任处室|责任单位|负责(?!人|[^，。？]{0,8}(?:联系人|电话))|牵头|归.{0,6}管/u, examples: ['监测预警数据接入现在是哪个科牵头？', '城市安全风险信息平台归哪个处管'] },
  // 发现以后怎么办, 出了事要做什么, 之后要
  { type: 'after', re: /(?:发现|发生|出了|出现)[^，。？]{0,12}(?:后|以后|之后)?[^，。？]{0,6}(?:怎么办|怎么处理|要做什么|要干什么|咋办|如何处置|怎么弄)|之后要做|以后要做/u, examples: ['发现重大隐患以后企业要做什么？'] },
  // 管不管我们, 适用吗, 查不查, 要不要, 算不算在范围内
  { type: 'applicability', re: /适用|管不管|查不查|要不要|需不需要|归不归|归[^，。？?]{1,12}吗|在不在|纳入|范围|要按.{0,16}吗|算.{0,24}吗|我们.{0,20}(?:吗|么)[？?]?$/u, examples: ['我们是加油站，这次专项检查要查我们吗？', '那个细则管不管我们？', '汽车加气站算不算这次燃气整治的范围？', '分割间同时干活的一般就8个人，这算细则里说的“人员较多的生产场所”吗？'] },
];

/** The answer type of a question (one turn, alone): its first row. */
export function answerTypeOf(question: string): AnswerType {
  return ANSWER_TYPE_RULES.find((r) => r.re.test(question))?.type ?? 'open';
}

/** Every answer type a question asks, in table order (多久一次？报给谁？ asks a frequency and a unit); [open] when none. */
export function answerTypesOf(question: string): AnswerType[] {
  const types = [...new Set(ANSWER_TYPE_RULES.filter((r) => r.re.test(question)).map((r) => r.type))];
  // a reference question is answered by quotes, whatever else it asks
  if (types[0] === 'open') return ['open'];
  return types.length > 0 ? types.filter((t) => t !== 'open') : ['open'];
}

/** The kind of quantity a quantity or count question asks for (多少米 → length). */
export function askedQuantity(question: string): UnitKind | undefined {
  return ASKED_QUANTITY.find((q) => q.re.test(question))?.kind;
}
