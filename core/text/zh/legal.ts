/**
 * What a document says about itself as a legal text: its history lines (通过, 修订, 修正, 公布, 施行), when it
 * takes effect and for how long, the marks of its legal level (全国人民代表大会, 国务院令, 部令, 人民政府令,
 * 经济特区, 规〔2025〕) and the documents it repeals. Read from the text, never from the file name.
 */

/** 2002年6月29日, 2010年 9月1日 (group 1 year, 2 month, 3 day); spaces are what transcriptions leave in. */
export const CN_DATE_SOURCE = '(\\d{4})\\s*年\\s*(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*日';

/** ISO date of a CN_DATE match's groups. */
export function isoDate(year: string, month: string, day: string): string {
  return `${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`;
}

/**
 * 2002年6月29日 — a date that opens a history entry. Global: one header line may hold two entries
 * (…第一次修订  2022年3月29日…第二次修订）), each starting at its date.
 */
export const HISTORY_DATE = new RegExp(CN_DATE_SOURCE, 'gu');

/**
 * …第二十八次会议通过, …第三次修正, …修订通过, 中华人民共和国国务院令第397号公布, 2004年2月1日 施行 — the action that
 * ends a history entry (group 1), before a closing bracket or a dangling 根据 (…修订根据2017年…).
 * 批准 (a province approving a city's regulation) is no action of the text's own and is not matched.
 */
export const HISTORY_ACTION = /(修订通过|修订|修正|通过|公布|施行)[）)\s]*(?:根据)?\s*$/u;

/** The action a HISTORY_ACTION word stands for: 修订通过 is a revision. */
export const HISTORY_ACTION_OF: Readonly<Record<string, '通过' | '修订' | '修正' | '公布' | '施行'>> = {
  修订通过: '修订',
  修订: '修订',
  修正: '修正',
  通过: '通过',
  公布: '公布',
  施行: '施行',
};

/**
 * 本条例自2022年7月1日起施行, 本细则自2025年3月1日起施行, 本条例自公布之日起施行, 本通知自印发之日起执行 — the
 * document's own entry into force. Group 1 the kind (本法, 本条例), 2–4 the date, 5 印发/公布/发布 when the day is
 * the document's own. Global: the last match, in the last articles, is the one that counts. 修改后的第二条自…起施行
 * is a change's date, not the document's, and does not match.
 */
export const EFFECTIVE = new RegExp(
  `本(法|条例|办法|规定|实施细则|细则|规则|标准|通知|方案|预案|计划|指引|制度|意见|决定|准则|规范)自(?:${CN_DATE_SOURCE}|(印发|公布|发布)之日)起(?:施行|实施|执行|生效)`,
  'gu',
);

/**
 * 现予公布，自2025年7月1日起施行; 修改后的《…条例》自2026年3月1日起施行 — the announcement (公告) before an amended law's
 * text: the day the amending decision, and so the text as amended, takes effect (groups 1–3).
 */
export const PROMULGATED = new RegExp(`(?:现予公布，|(?:修改|修正|修订)后的《[^《》]+》)自${CN_DATE_SOURCE}起施行`, 'u');

/** ，有效期至2027年2月28日 — the end of validity, read in the sentence that sets the effective date (groups 1–3). */
export const VALID_UNTIL = new RegExp(`^[，,；;]\\s*有效期至${CN_DATE_SOURCE}`, 'u');

/** ，有效期2年, ，有效期为三年 — validity counted from the effective date (group 1, Arabic or Chinese numerals). */
export const VALID_FOR_YEARS = /^[，,；;]\s*有效期(?:为)?([\d一二两三四五六七八九十]+)年/u;

/** 三年行动实施方案（2024-2026年）, （2024—2026年） — a plan's period in its title (group 2 the last year). */
export const TITLE_PERIOD = /[（(](\d{4})\s*[-—–－~至]\s*(\d{4})\s*年?[）)]/u;

/**
 * 《中华人民共和国民用爆炸物品管理条例》同时废止, 《煤矿安全监察条例》和《国务院关于…特别规定》同时废止 — the
 * documents a text repeals (group 1 the titles, each in 《》); 《国务院关于废止和修改部分行政法规的决定》 is a title
 * that holds 废止, not a repeal.
 */
export const REPEALS = /((?:《[^《》]+》[、和及与]?)+)(?:同时|一并)?(?:予以)?废止/gu;

/** 《X》 — one title in a REPEALS group or a 关于印发《X》的通知 (group 1). */
export const BOOK_TITLE = /《([^《》]+)》/gu;

/**
 * 云岫市危险化学品安全管理办法里, 在长沙市安全生产条例第十条 — a local rule a question names without 《》: a place
 * (…省/市/区/县), a name without question words, a rule genre, then where in it (里, 中, 第…); group 1 the title.
 */
export const RULES_NAMED_IN_QUESTION = /(?:^|[^\p{Script=Han}]|在|按|据|照|看)((?:(?!我们|在|按|据|照|看|的|是)\p{Script=Han}){2,6}?(?:省|市|区|县)(?:(?!的|什么|哪|怎|有没有|吗|要|是|和|或)\p{Script=Han}){2,24}?(?:条例|办法|规定|细则|实施方案|标准|规范))(?=里|中|上|第|对)/gu;

/** 中华人民共和国安全生产法 — the title of a national law. */
export const NATIONAL_LAW_TITLE = /^中华人民共和国.+法$/u;

/** 第九届全国人民代表大会常务委员会第二十八次会议通过 — a history line of the national legislature. */
export const NATIONAL_LEGISLATURE = /全国人民代表大会/u;

/** 中华人民共和国国务院令第397号公布, 国务院第144次常务会议修订通过, 国务院令 — the State Council's issuing marks. */
export const STATE_COUNCIL = /国务院令|国务院第\d+次常务会议|^国务院$/u;

/**
 * 上海市第十届人民代表大会常务委员会第二十二次会议通过 — a local people's congress; 第九届全国人民代表大会常务委员会
 * has no place before its 第N届 and does not match.
 */
export const LOCAL_LEGISLATURE = /(?:省|市|自治区|自治州)第[一二三四五六七八九十]+届人民代表大会常务委员会/u;

/** 应急管理部令第2号, 国家市场监督管理总局令第41号, 国家安全生产监督管理总局令第36号 — a ministry's or bureau's order. */
export const MINISTRY_ORDER = /(?:部|总局|局)令第\d+号/u;

/** 河南省人民政府令第123号 — a local government's order. */
export const GOVERNMENT_ORDER = /人民政府令第\d+号/u;

/** 白应急规〔2025〕2号, 澜住建规〔2025〕3号 — a 文号 of a normative document (规). */
export const NORMATIVE_DOC_NUMBER = /规[〔［\[（(]\s*\d{4}\s*[〕］\]）)]/u;

/** 关于印发《…判定细则（试行）》的通知, 判定标准 — a title that issues rules to follow, not a task. */
export const NORMATIVE_TITLE = /(?:细则|标准|办法|规定|规则|准则|规范)(?:[（(][^）)]{1,6}[）)])?》?(?:的通知)?$/u;

/** 规定 办法 细则 规则 — the title of a ministry's or a government's rules. */
export const RULES_TITLE = /(?:规定|办法|细则|规则|条例)(?:[（(][^）)]{1,6}[）)])?$/u;

/** 经济特区 — a special economic zone's regulation (汕头经济特区消防条例). */
export const SPECIAL_ZONE = /经济特区/u;

/** 通知 方案 意见 函 通报 计划 要点 — a working document's kind. */
export const WORK_DOCUMENT_TITLE = /(?:通知|通报|方案|意见|函|计划|要点|报告|纪要|批复|检查)(?:[（(][^）)]{1,16}[）)])?》?$/u;

/** 国务院, 国家矿山安全监察局, 应急管理部, 中华人民共和国… — an issuer whose writ runs nationwide. */
export const NATIONAL_ISSUER = /^(?:国务院|国家|中华人民共和国|全国|中共中央|[\p{Script=Han}]{2,8}部(?:办公厅)?$)/u;

/**
 * 第九届全国人民代表大会常务委员会第二十八次会议通过, 中华人民共和国国务院令第344号公布, 施行 — what follows a
 * history entry's date: a legislature, the State Council or an order, or the bare word 施行/公布. Not 起施行 (本细则自
 * 2025年3月1日起施行) nor a sentence (commas).
 */
export const HISTORY_BODY = /^\s*(?:施行|公布|[^，,。；：]*(?:人民代表大会|国务院|常务委员会|令第|公告|决定》)[^，,。；：]*)$/u;

/**
 * 中华人民共和国, 《》〈〉<>, （2014年修正）, （试行） — what two texts of one regulation may differ in: 中华人民共和国消防法 and
 * 消防法, 广东省实施《中华人民共和国消防法》办法 and 广东省实施《消防法》办法 are one title once these are removed.
 */
export const TITLE_VARIANT_NOISE = /中华人民共和国|[《》〈〉<>「」\s]|[（(][^（）()]*(?:\d{4}|修订|修正|试行|暂行|草案)[^（）()]*[）)]/gu;

/** 白河市应急管理局关于印发《白河市…判定细则（试行）》的通知 — the document a notice issues (group 1). */
export const ISSUED_TITLE = /关于印发《(.+)》的通知$/u;

/**
 * 违反本条例第三十三条第三项规定的, 违反本办法第十二条、第十三条规定 — a penalty sentence naming the provisions
 * whose breach it punishes (group 1 the run of provisions; read with PROVISION).
 */
export const VIOLATED_PROVISIONS = /违反本(?:法|条例|办法|规定|细则|决定|实施办法)((?:第[一二三四五六七八九十百零〇两\d]+条(?:第[一二三四五六七八九十\d]+[项款])?[、，,和或及以]*)+)(?:规定|的规定|之规定)?/gu;

/** 第三十三条第三项 inside a run of provisions: group 1 the article (第三十三条), 2 the number of the 项 or 款, 3 which. */
export const PROVISION = /(第[一二三四五六七八九十百零〇两\d]+条)(?:第([一二三四五六七八九十\d]+)([项款]))?/gu;

/** 个人有前款第二项、第三项、第五项行为之一的 — a penalty for some items of the list above it (group 1: the run of items). */
export const EARLIER_ITEMS = /前款((?:第[一二三四五六七八九十\d]+项[、，,和或及]*)+)/u;

/** 第三项 inside a run of items: group 1 its number. */
export const ITEM_NUMBER = /第([一二三四五六七八九十\d]+)项/gu;

/** 处五千元以上五万元以下罚款, 处以二百元罚款, 拘留, 吊销 — a sentence that states a penalty. */
export const STATES_PENALTY = /罚款|罚金|拘留|警告|吊销|没收|责令停产停业|停止使用|关闭/u;

/**
 * 依照《岑岚省燃气安全管理条例》的有关规定处罚, 依照《…条例》第二十六条的规定处罚 — a penalty left to another text
 * (group 1 its title, group 2 the number of the article it names, if any).
 */
export const REFERS_PENALTY = /依照《([^《》]+)》(?:第([一二三四五六七八九十百零〇两\d]+)条(?:第[一二三四五六七八九十\d]+[款项])*)?(?:的)?(?:有关|相关)?(?:规定)?(?:予以|给予|进行)?(?:处罚|处理)/u;

/** 罚款, 违反, 本条例, 第二十条 — the words every penalty clause shares, which say nothing of the conduct punished. */
export const PENALTY_BOILERPLATE = /罚|违反|条例|规定|本法|^第.+条$/u;

/** 逾期不改正的，…; 情节严重的，… — a penalty sentence that continues the one before it (quoted with it). */
export const CONTINUES_PENALTY = /^(?:逾期|拒不|情节|造成|有前款|前款)/u;

/** （三）, (三）, 3. — the item number a sentence starts with (group 1). */
export const ITEM_START = /^\s*[（(]([一二三四五六七八九十\d]+)[）)]/u;

/** 政策解读, 一问一答, 答记者问, 释义 — a document that explains another (named in its title), not a rule of its own. */
export const EXPLAINS_DOCUMENT = /解读|一问一答|问答|答记者问|释义/u;

/** 本办法适用于本省行政区域内…, 特区范围内的消防工作…适用本条例, 本规定未作规定的，适用… — where a document says it applies, or what it leaves to another. */
export const STATES_OWN_SCOPE = /本(?:条例|办法|规定|细则|法|方案|标准|决定|通知)适用于|适用本(?:条例|办法|规定|细则|法|方案|标准)|未作规定的[，,]适用/u;
