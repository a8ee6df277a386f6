import { describe, expect, it } from 'vitest';
import { extractDuties } from '../core/duties/extract-duties.js';
import { parseRaw } from '../ingest/parse-raw.js';
import { dutyMetrics, parseGoldDuties, type GoldDuty } from './duty-metrics.js';
import { loadLexicon } from '../core/lexicon/lexicon.js';

const lexicon = loadLexicon();

const text = [
  '某市安全生产专项整治方案',
  '一、主要任务',
  '1.开展排查。全面排查隐患。（市工信局、应急局配合，市管委会负责，以下均需市管委会负责，不再列出）',
  '2.强化执法。到2021年12月底前完成整治。（市应急局配合）',
  '3.加强培训。组织企业培训。',
].join('\n\n');
const doc = parseRaw({ format: 'txt', pages: [{ num: 1, text }] }, '方案.txt', 'x');
const duties = extractDuties(doc, lexicon.aliases);

const gold = (anchor: string, lead: string[], cooperate: string[], deadline = '', source = 'explicit'): GoldDuty =>
  ({ doc: '方案.txt', item: anchor, anchor, lead, cooperate, deadline, lead_source: source });

describe('dutyMetrics', () => {
  it('scores units verbatim (市工信局 ≠ 工信局), deadlines by containment, defaults by how', () => {
    const report = dutyMetrics([doc], duties, [
      gold('1.开展排查', ['市管委会'], ['工信局', '应急局']),
      gold('2.强化执法', ['市管委会'], ['市应急局'], '2021年12月底', 'default_rule'),
      gold('3.加强培训', ['市管委会', '市教育局'], [], '', 'default_rule'),
      gold('不在文中的句子', [], []),
    ]);
    expect(report.summary).toEqual({
      rows: 4,
      matched: 3,
      'lead-precision': 1,
      'lead-recall': 0.75,
      'lead-f1': 6 / 7,
      'cooperate-precision': 2 / 3,
      'cooperate-recall': 2 / 3,
      'cooperate-f1': 2 / 3,
      'exact-rows': 0.5,
      'deadline-accuracy': 1,
      'inherited-rows': 2,
      'inherited-correct': 0.5,
    });
    expect(report.rows[0]).toMatchObject({ leadOk: true, cooperateOk: false, got: { lead: ['市管委会'], cooperate: ['市工信局', '应急局'], how: 'explicit' } });
    expect(report.rows[1]).toMatchObject({ leadOk: true, deadlineOk: true, inheritedOk: true, got: { deadline: '到2021年12月底前' } });
    expect(report.rows[3]).toMatchObject({ got: null, leadOk: true, cooperateOk: true, deadlineOk: true });
  });

  it('reads gold JSON Lines and names a bad line', () => {
    const line = JSON.stringify(gold('1.开展排查', ['市管委会'], []));
    expect(parseGoldDuties(`${line}\n\n${line}\n`)).toHaveLength(2);
    expect(() => parseGoldDuties(`${line}\n{"doc": 1}`)).toThrow(/^gold duty line 2 is malformed at /u);
    expect(() => parseGoldDuties('{')).toThrow('gold duty line 1 is not JSON; fix the file');
  });
});
