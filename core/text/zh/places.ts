/**
 * Places and administrative levels: the suffixes that end a place name (湖北省, 威海市, 文登区), the words
 * that end like one but are not (产业区, 全市), and the level a unit name opens with (市发改委 → 市).
 * Variants keep the suffix sets their callers have always used: the retrieval index knows 盟 and 旗, the
 * metadata reader only the levels our schema records.
 */
import type { AdminLevel } from '../../schemas.js';

/** 省 市 县 区: the levels a unit name or a request opens with (县工信局, 市发改委). */
const LEVELS = '省市县区';
/** The same levels and 州 (an autonomous prefecture), as duty lists and region names use them. */
const LEVELS_AND_ZHOU = `${LEVELS}州`;
/**
 * Every administrative suffix a place index reads: 宁夏回族自治区, 延边朝鲜族自治州, 锡林郭勒盟, 鄂温克族自治旗. A bare
 * 州 ends a name (恩施州) only when no 市, 区 or 县 follows: 杭州市 and 通州区 are whole names, not 杭州 + 市….
 */
const ADMIN_SUFFIXES = '自治区|自治州|省|市|州(?![市区县])|盟|县|区|旗';

/**
 * 湖北省 in 湖北省经济和信息化厅, 文登区 in 文登区工业和信息化局, 宁夏回族自治区 in
 * 宁夏回族自治区工业和信息化厅 — one administrative unit at the start of a string (group 1 the name, 2 the suffix).
 */
export const ADMIN_PREFIX = new RegExp(`^([\\u4e00-\\u9fff]{1,6}?)(${ADMIN_SUFFIXES})`, 'u');

/** The peoples China's autonomous regions and prefectures are named for (新疆维吾尔自治区, 黔东南苗族侗族自治州). */
const PEOPLES = '回|壮|藏|蒙古|朝鲜|苗|侗|布依|土家|彝|哈尼|傣|景颇|傈僳|白|羌|哈萨克|柯尔克孜|黎|瑶|畲|水|仡佬|纳西|拉祜|佤|德昂|阿昌|怒|独龙|普米|土|撒拉|东乡|保安|裕固|锡伯|达斡尔|鄂温克|鄂伦春|赫哲|满|仫佬|毛南|京|门巴|珞巴|基诺|布朗|塔吉克|乌孜别克|俄罗斯|塔塔尔';

/**
 * 宁夏回族自治区 → 宁夏, 延边朝鲜族自治州 → 延边, 黔东南苗族侗族自治州 → 黔东南, 文登区 → 文登, 湖北省 → 湖北 — the suffix
 * (with the peoples an autonomous area is named for) stripped for the everyday short form.
 */
export const ADMIN_SUFFIX = new RegExp(`(?:(?:${PEOPLES})族|维吾尔)*(?:${ADMIN_SUFFIXES})$`, 'u');

/** 自治州 in 延边朝鲜族自治州: its everyday name is the short form and 州 (延边州). */
const AUTONOMOUS_PREFECTURE = /自治州$/u;

/** The everyday names of a place: 文登区 → [文登], 湖北省 → [湖北], 荻峦苗族侗族自治州 → [荻峦, 荻峦州]; none when two characters would not remain. */
export function shortPlaceNames(full: string): string[] {
  const short = full.replace(ADMIN_SUFFIX, '');
  if ([...short].length < 2 || short === full) return [];
  return AUTONOMOUS_PREFECTURE.test(full) ? [short, `${short}州`] : [short];
}

/** Words that end like a place but name a zone or a scope, e.g. 产业区 in 舞钢市产业区. */
export const NOT_PLACES: ReadonlySet<string> = new Set(['产业区', '园区', '工业园区', '化工园区', '产业园区', '物流园区', '科技园区', '化工区', '工业区', '开发区', '高新区', '新区', '经开区', '城区', '辖区', '社区', '库区', '厂区', '全区', '全市', '全省', '本市', '本区', '各市', '各区', '各县', '地区', '市区', '县区', '矿区', '景区', '自治区', '自治州']);

/**
 * 宁夏回族自治区 湖北省 威海市 文登区 舞钢市 — a place and its level (group 2, a key of LEVEL_OF_SUFFIX) in
 * a front-matter line. Only the suffixes the metadata schema has a level for.
 */
export const PLACE_WITH_LEVEL = /([\p{Script=Han}]{2,7}?)(自治区|自治州|省|市(?!政(?!府)|场)|区|县|州)/gu;

/**
 * 产业区 高新区 经开区 库区 全区 各市 自治区工信厅 — a PLACE_WITH_LEVEL match that is no administrative area; nor is one
 * that runs over an office's name (卫生健康局萩阳市, from a masthead of two offices).
 * A pattern rather than NOT_PLACES because the match can carry words before the suffix (舞钢市产业区).
 */
export const NOT_PLACE_NAME = /产业|园|开发|高新|经开|集聚|功能|城区|辖区|库区|厂区|社区|地区|新区|^[全本各我该]|直辖|^自治|[局厅]|委员会|政府|办公室/u;

/** 市 at the end of 桤坞市, 省 of 琇嵘省 — the level suffix a place name ends with, to compare it with its short form. */
export const LEVEL_SUFFIX_END = /(?:自治区|自治州|省|市|区|县|州)$/u;

/** The level each PLACE_WITH_LEVEL suffix stands for. */
export const LEVEL_OF_SUFFIX: Readonly<Record<string, AdminLevel>> = { 自治区: 'province', 省: 'province', 市: 'city', 自治州: 'city', 州: 'city', 区: 'district', 县: 'county' };

/** 济宁高新区, 济宁经开区, 桤坞经济开发区 — a zone named after its city (group 1 the city). */
export const ZONE_OF_CITY = /([\p{Script=Han}]{2,4}?)(?:高新技术产业开发区|高新区|经开区|经济技术开发区|经济开发区|开发区)/u;

/** 湖北省, 宁夏回族自治区, 威海市, 文登区 — a short masthead line that is only a place. */
export const PLACE_NAME_END = /(省|自治区|市|区|县)$/u;

/** 自治区工业和信息化厅 → 工业和信息化厅: the level a short issuer name opens with, to compare it with the full one. */
export const ISSUER_LEVEL_START = /^自治区|^省|^市/u;

/**
 * 市发改委 → 市, 各区工信局 → 区, 县级监管部门 → 县, 州应急局 → 州 (group 1); not 市场监管局 (市场) nor 区域
 * (区域) — the level a duty list's first name opens with.
 */
export const LEVEL_PREFIX = new RegExp(`^(?:各)?([${LEVELS_AND_ZHOU}])(?![场域])`, 'u');

/** 平顶山市应急局 舞钢市工信局 自治区工信厅 国家矿山安监局 — a unit name that already says whose it is. */
export const HAS_PLACE = new RegExp(`^(?:各|国家|自治区|中央|全)|^[\\p{Script=Han}]{2,6}?[${LEVELS_AND_ZHOU}](?![场域])`, 'u');

/**
 * 县工信局 → 县, 各县（市、区）工信局 → 县 (group 1) — the level of a unit in a checklist request or a
 * 主送. Unlike LEVEL_PREFIX it takes 市场监管局 as 市 and knows no 州: a request names a level only as 省市县区.
 */
export const UNIT_LEVEL = new RegExp(`^(?:各)?([${LEVELS}])`, 'u');

/** 县 in 县工信局 (tested on the text before a unit name): the level a request writes right before it. */
export const LEVEL_BEFORE = new RegExp(`[${LEVELS}]$`, 'u');

/** 县工信局 → 工信局 (replace): a leading level stripped to compare unit kinds. */
export const LEVEL_START = new RegExp(`^[${LEVELS}]`, 'u');

/** 县, 市 — a request word that is only a level, never a topic. */
export const LEVEL_WORD = new RegExp(`^[${LEVELS}]$`, 'u');

/** 山东省济宁市 → 山东省 | 济宁市 (split): the places of a region, each ending at its level. */
export const REGION_PART_BREAK = new RegExp(`(?<=[${LEVELS_AND_ZHOU}])`, 'u');

/** 济宁市 → 济宁 (replace): a region part's level stripped. */
export const REGION_PART_LEVEL = new RegExp(`[${LEVELS_AND_ZHOU}]$`, 'u');

// 溆屏省 in 我们是溆屏省雪桥区的餐馆 — a province a question names (group 1 or 2), not 够不够省里的要求; NOT_A_PROVINCE
// rules out 全省, 本省, 咱们省, 外省, 节省 and 省里.
export const PROVINCE_IN_QUESTION = /(?<![\p{Script=Han}])([\p{Script=Han}]{2,3}省)(?![里内外级])|(?:在|是|我们是?|来自|位于)((?:(?!是|在)\p{Script=Han}){2,3}省)(?![里内外级])/u;
export const NOT_A_PROVINCE = /^[全本外我咱你他这那该各每一两节反]|省[里内外级]$/u;

// 琮州市 in 我们省琮州市的加油站 — a city a question names (group 1 or 2); NOT_A_CITY rules out 超市, 城市, 门市, 本市, 全市….
export const CITY_IN_QUESTION = /(?<![\p{Script=Han}])([\p{Script=Han}]{2}市)(?![场民区县长里级])|(?:在|是|我们是?|来自|位于|[省区]|的)([\p{Script=Han}]{2}市)(?![场民区县长里级])/u;

/** 同省的瑢垣市, 同一个自治区的翎阜市 — a place said to lie in the province the conversation was in. */
export const IN_SAME_PROVINCE = /同(?:一个?)?(?:省|自治区)|本省|省内/u;

/** 按省里的标准, 我们省 — the asker's own province, unnamed. */
export const ASKS_OWN_PROVINCE = /省里|本省|我们省|咱们?省/u;
export const NOT_A_CITY = /^[超城门集上股夜菜早黑花鱼街全本外我咱你他这那该各每一两都闹]|^(?:直辖|地级|县级|设区)/u;

// 我们在苕枰县, 位于翠屏区, 崟山县应急管理局有没有… — a county or district the asker says it is in, or that opens
// the question (group 1); only there, since 全县, 城区, 园区 and 开发区 are no places.
export const COUNTY_IN_QUESTION = /(?:^|在|是|我们是?|来自|位于)((?:(?!是|在)\p{Script=Han}){2}[县区])(?![长级里内委政])/u;
export const NOT_A_COUNTY = /^[全本各我咱你他这那该每一两城辖园库厂社地新开市郊山]|[开园城景厂矿校]区$/u;

/** 有没有出尘肺病专项治理方案, 是否出台了办法, 有没有自己的条例, 有没有发过通知 — whether a place has issued a document of its own (group 1 its kind). */
export const ASKS_LOCAL_DOCUMENT = /(?:有没有|是否|有无)(?:自己的|单独的|本地的|(?:出台|出|印发|发布|制定|下发|发)过?了?)[^，。？?]{0,16}?(方案|通知|办法|规定|细则|条例|文件|政策|计划|预案|清单)/u;
