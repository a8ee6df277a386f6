import { describe, expect, it } from 'vitest';
import type { Duty } from '../schemas.js';
import { formatDuties } from './format-duties.js';
import type { DutyHit } from './query-duties.js';

const duty: Duty = {
  id: 'd#2.1.2/d1',
  docId: 'd',
  clauseId: 'd#2.1.2',
  path: ['二、主要任务', '2.实施一体化管理'],
  task: '实施一体化管理',
  lead: ['市产业集聚区管委会', '红山街道办'],
  cooperate: ['市发改委', '工信局'],
  frequency: { text: '定期' },
  targets: [],
  how: 'inherited',
  quote: '（市发改委、工信局按职责分工配合）',
  inheritedFrom: 'd#2.1.1',
};
const hit: DutyHit = { duty, role: 'cooperate', score: 1, document: { id: 'd', file: '方案.txt', format: 'txt', sha256: 'x', title: '方案', pages: 1 } };

describe('formatDuties', () => {
  it('CSV opens with a BOM and quotes nothing that needs no quotes', () => {
    expect(formatDuties([hit], 'csv')).toBe(
      '\ufeff文件,条款,任务,牵头,配合,时限,频次,对象,角色,来源,原文\r\n' +
        '方案.txt,二、主要任务›2.实施一体化管理,实施一体化管理,市产业集聚区管委会、红山街道办,市发改委、工信局,,定期,,配合,沿用前文（d#2.1.1）,（市发改委、工信局按职责分工配合）\r\n',
    );
  });

  it('CSV cells that a spreadsheet would run as a formula are written as text', () => {
    const hostile: DutyHit = { ...hit, document: { ...hit.document!, file: '=HYPERLINK("http://evil.example","点我").txt' }, duty: { ...duty, task: '-1+2', lead: ['@SUM(1)'] } };
    const row = formatDuties([hostile], 'csv').split('\r\n')[1]!;
    expect(row.startsWith(`"'=HYPERLINK(""http://evil.example"",""点我"").txt",二、主要任务›2.实施一体化管理,'-1+2,'@SUM(1),`)).toBe(true);
  });

  it('the table aligns columns by display width', () => {
    const lines = formatDuties([hit, { ...hit, duty: { ...duty, task: '短', lead: ['化工处'] } }], 'table').split('\n');
    expect(lines[0]?.indexOf('牵头')).toBeGreaterThan(0);
    const col = (line: string) => line.slice(0, line.indexOf('红山') >= 0 ? line.indexOf('市产业') : line.indexOf('化工处'));
    const width = (s: string) => [...s].reduce((w, ch) => w + (/[\u2e80-\uffff]/u.test(ch) ? 2 : 1), 0);
    expect(width(col(lines[2]!))).toBe(width(col(lines[3]!)));
    expect(lines.at(-2)).toBe('共 2 条');
  });

  it('JSON keeps the duty fields and adds role, file and title', () => {
    expect(JSON.parse(formatDuties([hit], 'json'))).toEqual([{ ...duty, role: 'cooperate', file: '方案.txt', title: '方案' }]);
    expect(formatDuties([], 'table')).toBe('没有匹配的职责条目\n');
  });
});
