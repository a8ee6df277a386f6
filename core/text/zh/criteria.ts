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

// GB 18218, GB/T 33000-2016, AQ 3035, JGJ 59 — a standard's code.
export const STANDARD_CODE = /\b(?:GB|GBZ|AQ|JGJ|JGJ\/T|SH|HG|SY|DL|TSG|DB\d{2})(?:\/T)?\s*\d{2,6}(?:\.\d+)?(?:\s*[-—－]\s*\d{4})?/gu;

// 这个标准, 该规范, 那个标准 — a question that points back at a standard named earlier.
export const THAT_STANDARD = /(?:这个|这份|该|那个|这项)(?:标准|规范|规程|国标)/u;

/** Words that end a place name when jieba cuts them off: 新塘|港区, 南岸|区, 舞钢|产业区. */
export const PLACE_SUFFIX_WORDS: ReadonlySet<string> = new Set(['省', '市', '县', '区', '镇', '乡', '港区', '园区', '新区', '开发区', '产业区', '自治州', '自治区']);

/** Words that end a unit name when jieba cuts them off: 交警|支队, 港口|局. */
export const UNIT_SUFFIX_WORDS: ReadonlySet<string> = new Set(['局', '厅', '委', '办', '科', '处', '支队', '大队', '中队', '中心', '管委会']);

// 住建局, 港政科, 执法支队 — a word that is itself a unit name (ends like one).
export const UNIT_WORD = /^[\p{Script=Han}]{2,12}(?:局|厅|委员会|委|办公室|支队|大队|中队|中心|科|处)$/u;

/** 购物中心, 物流中心, 会展中心 — places that end like a unit (指挥中心, 监测中心 are units). */
export const PLACE_CENTER = /(?:购物|商业|物流|配送|数据|会展|活动|体育|文化|娱乐|健身|养老|批发)中心$/u;

/** 中庭办促销, 中庭办了个促销 — after 办, what is done (a word of its own) or 了/过 makes it a verb; 应急办负责, 安委办的通知 end a unit's name. */
export const DONE_AFTER_BAN = /^(?:了|过)|^(?!负责|牵头|配合|组织|印发|下发|要求|通知)[\p{Script=Han}]{2,}$/u;

// 市应急管理局, 化工园区管委会, 各乡镇人民政府, 街道办事处 — a name that ends like a government unit (经营, 第十三条 do not).
export const UNIT_NAME_END = /(?:局|厅|委员会|委|办公室|办|科|处|支队|大队|中队|中心|管委会|人民政府|办事处)$/u;

// 两个, 哪个, 几个, 那个 — a counted or asked-for thing; 期间, 夜间 — a time or span (检查期间区应急局 names no 期间区);
// 牵头科, 配合单位, 主管部门 — a role; 补充通知出来以后港区… — a time word; 有问题市… — a common noun: never the name
// before a unit or place word; 咱们省, 我们区 — the asker's own; 区里办, 市里办 — a level spoken of, then a verb;
// 查一遍园区 — a count of times.
export const NOT_A_NAME = /[个几哪那这每各某里遍次回趟]$|^[哪几那这每各某咱我你他该]|[期之时空中夜]间$|^(?:牵头|配合|责任|主办|协办|主管|相关|有关|上级|职能|以后|之后|以前|之前|今后|目前|现在|当前|问题|情况|事情|东西)$/u;

/** 为加强…，制定本条例 / 为了…，决定开展 / 旨在… — a sentence that states the purpose of a document or a measure. */
export const STATES_PURPOSE = /^(?:第[一二三四五六七八九十百零〇\d]+条\s*)?为(?:了|进一步)?|旨在|目的是|是为了/u;
