/**
 * Words one obligation sentence as a check. The wording only moves the subject, drops list ordinals
 * (一是), a leading label and parentheticals about other industries, and inserts 是否; every number,
 * unit and frequency stays as the source writes it.
 */
import { findFrequencies, mainFrequency } from '../duties/frequency.js';
import type { Aliases } from '../lexicon/aliases.js';
import { ARTICLE_PATH_ELEMENT, CN_SMALL, SUBJECT_ENTERPRISE_SOURCE, SUBJECT_UNIT_END_SOURCE } from '../text/zh/index.js';
import { industriesIn, labelPrefix, NARROWING, type Obligation } from './obligations.js';

export interface CheckWording {
  item: string;
  content: string;
  method?: string;
  frequency?: string;
}

// The modal after an enterprise subject: 企业主要负责人要领学带学 → 企业主要负责人是否领学带学.
const ENTERPRISE_MODAL = new RegExp(`${SUBJECT_ENTERPRISE_SOURCE}[，,]?(要|应当|应|必须|须)`, 'u');
// The modal after a unit subject: 各县（市、区）工信局、经发局要认真传达学习… → 是否认真传达学习….
const UNIT_MODAL = new RegExp(`^(?:要)?(?:各|有关)?[\\u4e00-\\u9fff（）、]{0,24}?${SUBJECT_UNIT_END_SOURCE}(?:主要负责同志)?(要|应|负责)`, 'u');
// 督促企业单位加大… → 企业单位是否加大…
const DIRECTIVE = /^(?:要)?(?:[^，。；]*?)(?:督促|指导|要求|责令)(?:[^，。；]{0,4}?)((?:[\u4e00-\u9fff、]{0,8})?(?:企业|生产经营单位)(?:单位)?)/u;
// 一是 二是 三是 — list ordinals.
const ORDINAL = new RegExp(`(?:^|(?<=[，,；;]))[${CN_SMALL}]是`, 'gu');
// 在…的基础上， 根据…情况， 按照…要求， 围绕… — a lead-in that is not the action.
const LEAD_IN = /^(?:在[^，]*基础上|根据[^，]*|按照[^，]*|围绕[^，]*|聚焦[^，]*|针对[^，]*|结合[^，]*)[，,]/u;
// 重点检查用电用火安全管理、消防设施保养维护…等方面情况 — the source already lists what to check.
const CHECK_FOCUS = /^(?:要)?重点(?:检查|围绕)(.+?等[^，。；]*?方面(?:情况)?)/u;
// 查阅资料: records and paper; 现场检查: places and things; 询问: what people know.
const PAPERS = /台账|制度|记录|登记|预案|清单|计划|方案|责任制|考核|费用|投入|档案|报告|办法|标准|培训|教育|课程|值班/u;
const ON_SITE = /设施|设备|现场|库房|库区|厂区|生产区|消防|通道|出口|电路|电器|用电|用火|可燃物|巡防|装卸|防护|联锁|火种|器材/u;
const ASK = /意识|能力|知识|学习|领学|掌握|理念|演练/u;

/** The sentence with what a check should not carry: the label, ordinals, other industries' parentheticals, the end stop. */
function core(o: Obligation, industries: readonly string[], aliases: Aliases): string {
  const label = labelPrefix(o.clause);
  let s = o.start < label.length && o.sentence.startsWith(label) ? o.sentence.slice(label.length) : o.sentence;
  s = s.replace(NARROWING, (all, inner: string) => (industriesIn(inner, aliases).some((k) => industries.includes(k)) ? all : ''));
  // (第十六条 opening an article's first sentence: the citation carries it)
  s = s.replace(ORDINAL, '').replace(ARTICLE_PATH_ELEMENT, '').replace(/[。；;！!]+$/u, '').trim();
  return s;
}

function frequencyOf(o: Obligation, industries: readonly string[], text: string, aliases: Aliases): string | undefined {
  // An industry's own frequency in （其中，…） wins over the general one for that industry.
  for (const m of o.sentence.matchAll(NARROWING)) {
    if (industriesIn(m[1]!, aliases).some((k) => industries.includes(k))) {
      const f = mainFrequency(findFrequencies(m[1]!));
      if (f) return f.text;
    }
  }
  return mainFrequency(findFrequencies(text))?.text;
}

export function methodOf(text: string): string | undefined {
  const found = [PAPERS.test(text) ? '查阅资料' : '', ON_SITE.test(text) ? '现场检查' : '', ASK.test(text) ? '询问' : ''].filter((m) => m !== '');
  return found.length > 0 ? found.join('、') : undefined;
}

/** 检查项目: the first action of the check, at most 18 characters. */
export function shortItem(action: string): string {
  const first = action.replace(LEAD_IN, '').split(/[，,；;：:]/u).find((p) => p.trim().length >= 4) ?? action;
  const chars = [...first.trim().replace(/^(?:要|是否)/u, '')];
  return chars.length > 18 ? `${chars.slice(0, 17).join('')}…` : chars.join('');
}

/** The check made from one obligation. */
export function wordCheck(o: Obligation, industries: readonly string[], aliases: Aliases): CheckWording {
  const text = core(o, industries, aliases);
  let content: string;
  let action: string;
  const focus = CHECK_FOCUS.exec(text);
  const directive = o.actor === 'directed' && o.unit === undefined ? DIRECTIVE.exec(text) : null;
  const modal = o.actor === 'enterprise' ? ENTERPRISE_MODAL.exec(text) : o.actor === 'unit' ? UNIT_MODAL.exec(text) : null;
  if (focus) {
    action = focus[1]!;
    content = `${focus[1]}是否符合要求`;
  } else if (directive) {
    action = text.slice(directive.index + directive[0].length);
    content = `${directive[1]}是否${action}`;
  } else if (modal && !/[，,]/u.test(text.slice(0, modal.index).replace(LEAD_IN, ''))) {
    const end = modal.index + modal[0].length;
    action = text.slice(end);
    // A unit's own list drops the unit (it is the reader); an enterprise's keeps who must act.
    content = `${o.actor === 'unit' ? '' : text.slice(0, end - modal[1]!.length)}是否${action}`;
  } else if (/[，,]要/u.test(text)) {
    // 出现异常情况，要立即釆取应急措施 → 出现异常情况，是否立即釆取应急措施
    action = text.slice(text.search(/[，,]要/u) + 2);
    content = text.replace(/([，,])要/u, '$1是否');
  } else {
    action = text.replace(/^要/u, '');
    content = `是否${action}`;
  }
  const frequency = frequencyOf(o, industries, text, aliases);
  const method = methodOf(text);
  return { item: shortItem(action), content, ...(method ? { method } : {}), ...(frequency ? { frequency } : {}) };
}
