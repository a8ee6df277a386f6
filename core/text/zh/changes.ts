/**
 * How a notice changes another document: which document (《分工方案》, 澜港管〔2025〕9号), which item
 * (第6项, 第二条), what it does (调整为, 改由, 延长至, 废止, 仍按…执行) and from when (自2025年7月1日起).
 */

// 《2025年…分工方案》（白应急〔2025〕12号，以下简称《分工方案》） — a full title, then its short name (group 1, group 2).
export const SHORT_NAME = /《([^《》]{2,80})》[^《》]{0,40}?以下简称[“《"]([^”》"]{1,20})[”》"]/gu;

// 《分工方案》, 《白河市…细则（试行）》 — a document named in 《》 (group 1).
export const NAMED_DOC = /《([^《》]{1,80})》/gu;

// 对《枫渡市有限空间作业安全管理办法》（2021年…公布）作如下修改： — the items after it change that document (group 1).
export const CHANGES_FOLLOW = /对《([^《》]{1,80})》[^。：:]{0,60}?作(?:出)?(?:以下|如下)(?:修改|调整|变更)/u;

// 纪要议定事项第三项, 方案第5项 — a document named by its kind alone right before the item (group 1: 纪要).
export const KIND_BEFORE_ITEM = /(纪要|方案|细则|办法|规定|清单|计划|标准)(?:议定事项|重点任务|任务分工|附件\d*)?[的中]?$/u;

// 第6项, 第二条, 第5项任务, 第3行, 第六条第二款, 第六部分第（一）项 — an item of the named document: group 1 the part
// (部分) it lies in when one is named, group 2 the number, group 3 the kind, group 4 the paragraph (款) of an article.
export const ITEM_REF = /(?:第([一二三四五六七八九十]+)部分)?第[（(]?([一二三四五六七八九十百零〇两\d]+)[）)]?(项|条|行)(?:第([一二三四五六七八九十\d]+)款)?/gu;

/** 《预案》3.2第（一）项, 《预案》7.1 — a section of a plan numbered 1 / 1.1 / 1.1.1, right after the plan's name (group 1 the section, group 2 the number of its 项). */
export const SECTION_REF = /(?<=》)(\d+(?:\.\d+)+)(?:第[（(]?([一二三四五六七八九十\d]+)[）)]?项)?/gu;

// 删去第十四条, 删除第三项 — the change word stands before the item it removes.
export const DELETES_ITEM = /(?:删去|删除)$/u;

/** What a sentence does to the item, by its first change word: the table is ordered, the first match in the sentence wins. */
export const CHANGE_WORDS: ReadonlyArray<{ action: 'adjust' | 'repeal' | 'unchanged'; re: RegExp }> = [
  // 调整为每季度, 改由科技和信息化科牵头, 延长至…前, 延后至, 修改为, 变更为, 提前至
  // (在本区范围内由区卫生健康局…检查, 在开发区范围内由…牵头, 本县由乡镇人民政府负责: the notice of a place inside the
  // document's says how it applies there)
  { action: 'adjust', re: /调整为|改由|改为|延长至|延后至|提前至|修改为|变更为|替换为|调整到|(?:在(?:本[区县市州镇乡]|开发区|高新区|园区)(?:行政区域|范围)内|本[区县市])[由按]/u },
  // 废止, 不再执行, 不再实施, 停止执行, 予以取消, 自本通知施行之日起取消
  { action: 'repeal', re: /废止|不再执行|不再实施|不再开展|停止执行|予以取消|同时取消|之日起取消/u },
  // 仍按每月执行, 不作调整, 保持不变, 继续按照, 仍为
  { action: 'unchanged', re: /仍按|仍然按|不作调整|不做调整|保持不变|继续按照|继续执行|仍为|仍由/u },
];

/** What of an item a change touches, by the words after the item: the first row that matches wins. */
export const CHANGED_FIELD: ReadonlyArray<{ field: 'whole' | 'lead' | 'deadline' | 'frequency'; re: RegExp }> = [
  // 第二条修改为： — the whole item is replaced
  { field: 'whole', re: /修改为[：:]|全文|整条/u },
  // 改由科技和信息化科牵头, 牵头单位调整为安全监督科
  { field: 'lead', re: /改由|牵头单位|牵头科室|责任单位|承办|由[^，。；]{2,20}?(?:牵头|负责)/u },
  // 完成时限延长至, 延后至…前, 截止时间
  { field: 'deadline', re: /完成时限|延长至|延后至|提前至|截止/u },
  // 调整为每季度开展一次, 调整为每月开展1次, 频次
  { field: 'frequency', re: /每[一二两三四五六半\d]*个?[年季月周日天]|频次|频率/u },
];

// 自2025年7月1日起, 自2025年8月1日起调整 — the date a change takes effect (groups: year, month, day).
export const EFFECTIVE_FROM = /自(\d{4})年(\d{1,2})月(\d{1,2})日起/u;

// 自本通知印发之日起, 自印发之日起 — the change takes effect on the notice's own date.
export const FROM_ISSUE = /自(?:本通知|本文件)?(?:印发|发布|公布)之日起/u;

/** 牵头单位调整为市大数据局, 改由科技和信息化科牵头, 完成时限调整为2026年5月15日前 — the new value a change states (group 1). */
export const CHANGED_TO = /(?:调整为|改由|改为|延长至|延后至|提前至|变更为|调整到)([^，。；]+?)(?:牵头|负责)?(?=[，。；]|$)/u;

/** ，牵头单位和配合单位不变 / ，配合单位和工作频次不变 — the part of a change sentence that keeps fields as they were. */
export const UNCHANGED_PART = /[，,；;][^，,。；;]*不变/gu;
