/**
 * How names of organisations, units, enterprises and people end, as notices write them. The variants
 * differ by the job: telling a unit from an enterprise in a duty list, recognising an issuer on a
 * front page, reading a unit as the subject of a sentence.
 */

/**
 * 市发改委 工信局 技术与改造投资处 各责任处室 红山街道办 市产业集聚区管委会 消防大队 厅安全生产委员会
 * 各有关部门 局属各单位 产业区管理机构 信息中心 工信部 区船舶工业安全生产联席会议成员单位 — a unit in a duty list.
 */
export const UNIT_END =
  /(?:局|厅|委|委员会|会|办|办公室|处|处室|科|科室|中心|大队|支队|中队|管委会|政府|部门|部|署|站|机构|单位|领导小组|小组|街道|镇街|乡镇)$/u;

/** 产业区 园区 开发区 高新区 — a zone acting through its management (产业区要结合实际建立…清单). */
export const ZONE_ACTOR = /^[\p{Script=Han}]{0,8}(?:产业区|园区|开发区|集聚区|高新区|新区)$/u;

/**
 * 未委托具有相应能力的第三方单位 (a hazard item: what was not done), 各项重点任务的牵头单位 (a column, not a
 * unit) — shaped like a unit's name, never one.
 */
export const NOT_A_UNIT = /^未|的(?:牵头|配合|责任)单位$/u;

/** 民爆生产销售企业 生产经营单位 监管行业企业 — bound parties, not units. */
export const ENTERPRISE_END = /(?:企业|生产经营单位|经营单位|经营管理单位|用人单位|生产单位|公司)$/u;

/** 主要负责人 分管负责同志 从业人员 — people, neither unit nor enterprise. */
export const PERSON_END = /(?:负责人|负责同志|人员|员工|职工|同志)$/u;

/**
 * 湖北省经济和信息化厅, 威海市文登区工业和信息化局, 红山街道办 — an issuing organisation on a front page
 * (masthead, 落款). Narrower than UNIT_END: a 科 or 大队 does not issue documents.
 */
/** 局安全监督科, 本局港政科 — a section of the issuing bureau, named with the bureau; group 1 is the section alone. */
export const OWN_SECTION = /^(?:本局|我局|局)([\p{Script=Han}]{2,}(?:科|处|室|股|队|中心))$/u;

/** 押运员 / 押运人员, 监护员 / 监护人员 — one role written two ways; each pair is [short, long]. */
export const ROLE_SPELLINGS: ReadonlyArray<readonly [string, string]> = [['员', '人员']];

export const ORG_END = /(厅|局|委|委员会|办公室|办|部|处|署|院|府|政府|中心|管委会|街道办)$/u;

/**
 * 局机关各科室、局属各单位、各企业 — each piece of a 主送 enumeration split at 、 must end so. Looser than
 * UNIT_END on purpose (单位 ends in 位, 企业 and 公司 are addressees too), stricter in that 部 alone is not enough.
 */
export const ADDRESSEE_END = /(室|位|局|厅|委|处|会|办|府|部门|企业|公司|中心)$/u;

/**
 * 工信局 县级监管部门 厅安委会办公室 管委会 — how a unit named as the subject of a checklist sentence ends
 * (a source for composing; no anchor).
 */
export const SUBJECT_UNIT_END_SOURCE = '(?:局|厅|部门|科室|处室|处|委员会|委|办公室|单位|管委会|政府)';

/** 生产经营单位, 储存单位, 施工单位, 经营管理单位, 用人单位 — a 单位 named by what it does is an enterprise, not a government unit. */
export const ENTERPRISE_UNIT_SOURCE = '(?:生产经营|生产|储存|使用|经营|运输|装卸|仓储|施工|建设|物业服务|经营管理|用人)单位';

/**
 * 民爆生产、销售企业 / 企业主要负责人 / 民爆、修造船等行业 — an enterprise (or an industry's enterprises)
 * as a sentence subject, not the slogan 管行业必须管安全; the guard also leaves out 监管行业 (a source for
 * composing; no anchor).
 */
export const SUBJECT_ENTERPRISE_SOURCE = `(?:企业|${ENTERPRISE_UNIT_SOURCE}|公司|(?<!管)行业)(?:主要负责人|负责人)?`;
