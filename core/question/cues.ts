/**
 * What a question's wording tells, read once per ask by `analyzeQuestion`. Every pattern that reads the
 * user's words lives here (the intents in `intents.ts`); answerers read the resulting cues, never the raw
 * question. Each pattern has examples and non-examples in `cues.test.ts`.
 */

// 归哪个处管, 由谁负责, 哪些局配合, 唱主角还是配合 — a question about who is responsible (a retrieval hint).
export const ASKS_DUTY = /谁|哪个处|哪些处|哪个部门|哪些部门|哪个单位|哪些单位|哪个局|哪些局|哪个科室|责任处室|责任单位|负责|牵头|配合|归.{0,6}管|担责|主角/u;

// 那县里的…, 换成…, 这块…, …呢？, 区里是不是要求更高 — a follow-up that leans on the previous turn's words (retrieval
// carries them): a comparison with nothing named to compare is a comparison with what was just said.
export const LEANS_ON_CONTEXT = /^(?:那|那么|那如果|换成|还有|另外|此外|这|同样)|这块|这个|这些|这方面|这一条|呢[?？]?$|(?:要求|规定|标准)?更(?:高|严|低|宽|多|少|早|晚)/u;
/** A follow-up this short leans on the previous turn even without an opener. */
export const SHORT_FOLLOW_UP = 12;

// 那疏散逃生演练呢？ 换成废旧物资回收企业呢？ — a follow-up that keeps the previous question's intent.
export const KEEPS_INTENT = /^(?:那|那么|换成|还有|另外)|呢[?？]?$/u;

// 要哪些局配合 asks only for cooperators; 由谁负责, 谁牵头, 责任主体 for the lead.
export const ASKS_COOPERATE = /配合|协助|协同/u;
export const ASKS_LEAD = /谁|负责(?!人)|牵头|主体|担责|主角|哪个处|哪些处|归.{0,6}管|由/u;

// 化工处负责哪些事, 安全生产科有哪些任务, 消防大队配合哪一项工作, 我们科牵头的活儿都有哪些 — a unit asking for its own rows.
export const ASKS_TASKS = /(?:哪些|什么|哪几|哪一|哪项)(?:任务|工作|事|事项|项|活)|(?:任务|事项|活儿?)都?有?(?:哪些|什么)|要干什么|要做什么|干啥|管什么|管哪些|负责什么/u;

// 我们科牵头的活儿, 牵头哪些 — of a unit's rows, only those it leads.
export const ASKS_LEAD_ROWS = /牵头的|牵头(?:了)?哪些|作为牵头/u;

// 多久一次, 多长时间一次 — asks how often (its 一次 states nothing).
export const ASKS_HOW_OFTEN = /多久|多长时间/u;

// 几点之前, 几点钟 — the asker wants a time of day (每周五12时前), not only the interval.
export const ASKS_CLOCK = /几点/u;

// 我们是有氯化工艺的精细化工厂， 我是港口局安全监督科的， — who the asker is, said before what it asks.
export const ASKER_SELF = /^(?:我们|我|我司|我厂|本单位|本厂)(?:是|属于)[^，,。；;？?]*[，,。；;]/u;

// 分几个阶段, 哪几类, 每段, 各项 — the question asks for a list.
export const ASKS_LIST = /几个阶段|哪几|哪些|每段|每个阶段|各阶段|各项|分几|几类|几项/u;

// 各自, 分别, 几份文件, 哪些文件…都 — the answer should come from each document in turn.
export const ACROSS_DOCS = /各自|分别|各是|各为|几份文件|哪些文件|各文件|几个文件|都提到|有啥不一样|有什么不同|区别|相比|比较|跟.{1,12}比|一样吗|一样不|是不是一样|一致吗|是否一致|相同吗/u;

/** 去年死了几个人, 一共出了多少起事故, 查处了多少家 — asks how many there were, not what number a rule sets (条例要求一共多少 does). */
export const ASKS_EVENT_COUNT = /(?:出|发生|死|伤|亡|查处|处罚|约谈|关停)了[^，。？?]{0,8}(?:几|多少)/u;

/** 湝宁市条例呢, 那省里的呢 — a part of a message that asks what the part before it asked, of something else. */
export const ASKS_THE_SAME = /呢$|(?:一样|相同)吗$/u;

// 国家怎么规定、我们省有没有更严的, 地方上有什么要求, 区里是不是要求更高 — the answer should put the levels side by side.
export const ASKS_LEVELS = /国家|全国|省里|省级|市里|地方|本地|当地|更严|更高|我们省|我们市|本省|本市|哪些规定适用|适用哪些/u;

/**
 * 国家怎么规定, 省里有没有更严的, 市里的办法 — the level a question names, by the kind of place: national for the
 * national rules, province and city for the asker's province and city, district for its district or county.
 */
export const NAMES_LEVEL: ReadonlyArray<{ level: 'national' | 'province' | 'city' | 'district'; re: RegExp }> = [
  { level: 'national', re: /国家|全国|国务院|法律/u },
  { level: 'province', re: /省里|省级|我们省|本省|全省|省(?:这个|那个)?条例|(?<![\p{Script=Han}])省(?=[、，和与])|[、，和与]省(?![\p{Script=Han}])/u },
  { level: 'city', re: /市里|市级|我们市|本市|全市|市(?:这个|那个)?(?:办法|规定|条例)|(?<![\p{Script=Han}])市(?=[、，和与])|[、，和与]市(?=[\s、，和与]|三级|两级)/u },
  { level: 'district', re: /区里|县里|区级|县级|我们区|我们县|本区|本县/u },
];

// 三级分别怎么要求, 各级 — every level, whichever the question names.
export const ALL_LEVELS = /三级|各级|每一级|每级/u;

// 更严, 更高, 一样吗, 有什么不同 — one level compared with the others.
export const COMPARES_LEVELS = /更(?:严|高|低|宽|多|少)|一样|相同|不同|区别|差别/u;

// 依据的是哪个标准, 看哪份文件, 引了哪些上级文件 — the answer names a document: 《…》 or a 文号.
export const ASKS_REFERENCE = /哪个标准|哪份文件|哪些文件|什么文件|依据|引了|引用|上级文件|按照什么/u;

// 多少补助资金, 能拿多少钱, 补贴标准是多少, 每台保额是多少, 托管费用标准是多少 — asks for an amount of money.
export const ASKS_AMOUNT = /(?:多少|几)(?:钱|万|元|资金|补助|补贴|奖励|经费)|(?:补助|补贴|奖励|资金|经费|奖补|保额|保费|赔偿|赔付|费用|收费|价格).{0,8}(?:多少|几|标准)|金额/u;

// 谁牵头, 哪天, 多久, 能不能, 变没变, …吗？ — words that make a message a question rather than a statement.
export const ASKS_SOMETHING = /[？?]|谁|哪|什么|啥|多少|多久|多长|几[个次天号月年名人家]|怎么|怎样|如何|是否|吗|呢|能不能|要不要|有没有|是不是|算不算|管不管|(.)没\1/u;

// 2023年以后, 2025年之后 — asks about a time after a year.
export const LATER_THAN = /(\d{4})\s*年?\s*(?:以后|之后|以来|后)/u;

// 符合哪个国家标准编号, 标准号是多少 — asks a standard's code (GB 16808), which only a text that writes one answers.
export const ASKS_STANDARD_CODE = /标准(?:的)?(?:编号|代号|号)|国标号/u;

// 中级还是初级？ 是抽查还是每家都查呢 — the two answers the asker offers (not 现在还是这样吗, which asks whether a rule still holds).
export const ALTERNATIVES = /(?:^|[，,。？?、是])([\p{Script=Han}\d]{2,6})还是((?:(?![吗么])[\p{Script=Han}\d]){2,6})(?=[？?]|呢|$)/u;

// 要遵守哪些规定, 适用哪些要求, 我们要做什么, 有哪些义务 — asks for everything that applies, not one rule.
export const ASKS_ALL_OBLIGATIONS = /(?:要遵守|适用|约束|管着)(?:哪些|什么|啥)|(?:有|要做|要遵守|要落实)(?:哪些|什么|啥)(?:规定|要求|义务|责任)|哪些(?:规定|要求|义务)(?:适用|管)/u;

// 我们在苎岩县搞井下铁矿, 咱们省, 我司 — the asker speaks of itself, so a place it names is where it is.
export const ASKER_SPEAKS_OF_ITSELF = /我们|我方|我司|我厂|本公司|本企业|咱/u;

// 我们是…企业, 我司, 本公司, 我厂 — the asker says it is an enterprise.
export const SELF_ENTERPRISE = /(?:我们|我方)(?:是|属于|这家|这个)[^，。？]{0,30}(?:企业|公司|厂)|我司|我厂|本公司|本企业|我们(?:企业|公司|厂)/u;

// 区应急局去查一家机械厂, 明天检查一家危化品仓储企业 — a unit inspecting an enterprise: the checks are the enterprise's.
export const INSPECTS_ENTERPRISE = /(?:查|检查|督查|抽查|去)一家[^，。？]{0,16}(?:企业|公司|厂)/u;

// 文号是多少, 谁发的, 落款日期, 主送哪些单位, 发给谁 — the document's front matter, not its rules.
export const ASKS_FRONT_MATTER = /文号|字号|谁发|发文|落款|主送|抄送|发给|印发给|下发给|印发日期|成文日期/u;

/** What a question about a document itself asks for: its 文号, date, years covered, issuer. */
export const ASKS_METADATA = {
  // 文号是多少, 发文字号
  number: /文号|字号/u,
  // 发文日期, 什么时候印发的
  date: /日期|时间|什么时候|啥时候|何时|哪天|印发|发布/u,
  // 谁发的, 发文单位
  issuer: /谁发|发文单位|发文机关|哪个单位发/u,
  // 管到哪年, 时间范围
  span: /哪几年|几年|年限|期限|时间范围|管多久|管到哪年/u,
  // 从哪天开始执行, 什么时候施行, 何时生效 — when the document takes effect
  effective: /(?:哪天|哪一天|什么时候|啥时候|何时|几号|几月|从哪|日期).{0,6}(?:施行|生效|执行|实施)|(?:施行|生效)(?:日期|时间)/u,
  // 到2029年还管用吗, 现在还有效吗, 过期了没有 — whether the document is still in force: its 有效期
  // (对我们还管用吗 asks whether it applies to the asker, not whether it is still in force)
  valid: /(?<!对我们|对我厂|对我司|对本厂)(?:还管用|还有效)|仍然有效|还作数|还算数|过期|失效了/u,
  // 最近这次修改是哪天通过的, 哪年修订的 — when the law was revised (not 修订后哪天施行: when the revised text applies)
  revision: /(?:修改|修正|修订)(?:是|于)?(?:哪天|哪一天|什么时候|啥时候|何时|哪年|几号)|(?:哪天|哪一天|什么时候|啥时候|何时|哪年)(?:修改|修正|修订)|(?:修改|修正|修订).{0,4}通过/u,
  // 最早是哪天通过的, 当初什么时候施行的 — the text as first passed: its 通过 date and its first 施行日期
  first: /最早|最初|当初|原来|首次|第一次/u,
  // 哪天通过的 — the day it was passed
  passed: /(?:哪天|哪一天|什么时候|啥时候|何时|哪年|几号)[^，。？?]{0,3}通过|通过(?:日期|时间)/u,
} as const;

/** 它管得着吗, 广东省的办法还管不管, 是广东省的规定吗, 对我们还管用吗 — whether a document applies to the asker. */
export const ASKS_DOCUMENT_APPLIES = /管得着|管不管|还管用|管用吗|适用吗|适不适用|是[^，。？?]{0,16}的规定吗|对我们[^，。？?]{0,8}(?:适用|管用|有效)/u;
