import { describe, expect, it } from 'vitest';
import type { Clause } from '../schemas.js';
import type { ScoredSentence } from './evidence.js';
import { judgeSupport, unknownConcepts } from './support.js';
import { conceptsAsked, readCues } from '../question/analyze-question.js';
import { loadLexicon } from '../lexicon/lexicon.js';
import { answerTypesOf } from '../question/answer-types.js';

const lexicon = loadLexicon();
const unknown = (question: string) => unknownConcepts(conceptsAsked(question, lexicon.concepts), CLAUSES, lexicon.aliases);
const judge = (question: string, sentences: ScoredSentence[]) =>
  judgeSupport({ cues: readCues(question), concepts: conceptsAsked(question, lexicon.concepts), answerTypes: answerTypesOf(question) }, sentences, CLAUSES, lexicon.aliases);

function clause(text: string): Clause {
  return { id: `d#${text.length}`, docId: 'd', path: ['一、'], level: 1, kind: 'outline1', page: 1, text, start: 0, end: text.length };
}

const CLAUSES = [
  clause('三、时间安排 从2020年6月至2022年12月，分四个阶段进行。'),
  clause('（九）通过现有资金渠道对符合条件的危险化学品企业搬迁改造项目予以支持。'),
  clause('严格执行危险化学品企业安全生产和环境保护所需的防护距离要求。'),
  clause('是否对驾驶人员、押运人员每月至少开展一次安全教育。'),
  clause('生产经营单位新上岗的从业人员，岗前安全培训时间不得少于三十二学时。'),
];

function scored(text: string, coverage: number): ScoredSentence {
  const c = CLAUSES.find((x) => x.text.includes(text)) ?? clause(text);
  return { clause: c, text, rank: 0, score: coverage, coverage };
}

describe('unknownConcepts', () => {
  it('finds safety concepts no clause mentions, longest first, and knows aliases', () => {
    expect(unknown('特种作业人员持证上岗有啥要求？')).toEqual(['特种作业人员', '持证上岗']);
    expect(unknown('软件公司每年要不要做安全评价（安评）？')).toEqual(['安全评价', '安评']);
    // matters around the rules: taxes, exam registration, rankings
    expect(unknown('举报拿的奖励要交个人所得税吗？')).toEqual(['个人所得税']);
    expect(unknown('去年安全考核哪个区排第一？')).toEqual(['排第一']);
    // 安全距离 is an alias of 防护距离, which the documents state.
    expect(unknown('危化品企业的安全距离有要求吗？')).toEqual([]);
    // 押运员 is the 押运人员 the documents name; 装卸管理员 is named nowhere
    expect(unknown('危货车押运员的安全教育多久搞一次？')).toEqual([]);
    // 岗前培训 is the 岗前安全培训 the documents name
    expect(unknown('新工人岗前培训要多少学时？')).toEqual([]);
    // 劳保用品 is the 劳动防护用品 a document names
    expect(unknownConcepts(conceptsAsked('劳保用品多久发一次？', lexicon.concepts), [clause('用人单位应当按时发放劳动防护用品。')], lexicon.aliases)).toEqual([]);
    // 岗前培训 is also the 岗前燃气安全培训 other documents name (four characters between its halves)
    const gas = [clause('新上岗的燃气设施操作人员进行岗前燃气安全培训。')];
    expect(unknownConcepts(conceptsAsked('灶台师傅岗前培训要多少学时？', lexicon.concepts), gas, lexicon.aliases)).toEqual([]);
  });
});

describe('judgeSupport', () => {
  it('refuses an amount no sentence states, a year the document does not reach, an unknown subject', () => {
    const money = scored('通过现有资金渠道对符合条件的危险化学品企业搬迁改造项目予以支持。', 0.6);
    expect(judge('每家能拿多少补助资金？', [money])).toEqual({ supported: false, missing: '具体金额（相关条款没有规定数额）' });
    const plan = scored('从2020年6月至2022年12月，分四个阶段进行。', 0.7);
    expect(judge('2023年以后还有什么安排？', [plan])).toEqual({ supported: false, missing: '2023年以后的安排（文件规定的时间范围没有到2023年）' });
    expect(judge('2021年以后还有什么安排？', [plan]).supported).toBe(true);
    expect(judge('特种作业人员要持证上岗吗？', [plan])).toEqual({ supported: false, missing: '关于“特种作业人员、持证上岗”的规定' });
    expect(judge('分几个阶段？', [scored('从2020年6月至2022年12月，分四个阶段进行。', 0.1)])).toEqual({ supported: false, missing: '能回答这个问题的条款' });
  });

  it('takes the amount of a penalty the law links to the conduct, though six sentences about the conduct rank above it', () => {
    const conduct = Array.from({ length: 6 }, (_, i) => scored(`第${i + 1}条 经营单位应当每季度至少组织一次疏散演练。`, 0.5 - i * 0.01));
    const linked: ScoredSentence = { ...scored('违反本条例第六条规定，未按照规定组织演练的，处一万元以上五万元以下罚款。', 0.3), punishes: conduct[0]!.text };
    expect(judge('商场不按规定搞疏散演练，罚多少钱？', [...conduct, linked]).supported).toBe(true);
    expect(judge('商场不按规定搞疏散演练，罚多少钱？', [...conduct, { ...linked, punishes: undefined }]).supported).toBe(false);
  });

  it('refuses a choice between two answers no document states, and keeps one it states', () => {
    const education = scored('是否对驾驶人员、押运人员每月至少开展一次安全教育。', 0.5);
    expect(judge('安全教育的证书要什么等级？中级还是初级？', [education])).toEqual({ supported: false, missing: '问题里给出的两种说法（文件对两者都没有写到）' });
    expect(judge('押运人员的安全教育是每月还是每季度？', [education]).supported).toBe(true);
    // who-questions offer units, which the documents spell in full (市应急局 for 市应急管理局)
    expect(judge('押运人员的安全教育谁来搞？市应急局还是县里？', [education]).supported).toBe(true);
    // (with the verb after each unit: 往卫健委报还是应急局报)
    expect(judge('押运人员的教育记录是往卫健委报还是应急局报？', [education]).supported).toBe(true);
    // (or places: 全市都适用还是只管琤浦区)
    expect(judge('押运人员教育的规定是全市都适用还是只管东坪区？', [education]).supported).toBe(true);
    // 现在还是这样吗 asks whether a rule still holds
    expect(readCues('押运人员每月教育一次，现在还是这样吗？').alternatives).toBeUndefined();
  });

  it('refuses a standard code no sentence writes, and gives one a sentence writes', () => {
    const alarm = scored('押运车辆的报警器应当符合国家标准。', 0.6);
    expect(judge('押运车辆的报警器要符合哪个国家标准编号？', [alarm])).toEqual({ supported: false, missing: '标准的编号（相关条款没有写明标准编号）' });
    expect(judge('押运车辆的报警器要符合哪个国家标准编号？', [scored('押运车辆的报警器应当符合GB 16808的要求。', 0.6)])).toEqual({ supported: true, missing: '' });
  });
});
