import { describe, it, expect } from 'vitest';
import { htmlToParagraphs } from './html-to-paragraphs.js';

// HTML in the shape mammoth writes, for table layouts the docx fixture maker cannot produce.
describe('htmlToParagraphs', () => {
  it('makes headings, paragraphs and list items paragraphs, drops inline tags, decodes entities', () => {
    const html =
      '<h1>关于印发《实施方案》的通知</h1><p>各镇街<strong>、</strong>各有关部门：</p>' +
      '<ol><li>民爆行业&amp;船舶工业</li><li>软件&lt;信息&gt;技术服务业<ul><li>废弃资源综合利用业</li></ul></li></ol>' +
      '<p>第一行<br />第二行</p><p>  </p>';
    expect(htmlToParagraphs(html)).toBe(
      [
        '关于印发《实施方案》的通知',
        '各镇街、各有关部门：',
        '1.民爆行业&船舶工业',
        '2.软件<信息>技术服务业',
        '废弃资源综合利用业',
        '第一行\n第二行',
      ].join('\n\n'),
    );
  });

  it('drops mammoth footnote back-links but keeps the reference marks', () => {
    const html =
      '<p>依法实施关闭<sup><a href="#footnote-1" id="footnote-ref-1">[1]</a></sup>。</p>' +
      '<ol><li id="footnote-1"><p>见宁党办〔2019〕80号 <a href="#footnote-ref-1">↑</a></p></li></ol>';
    expect(htmlToParagraphs(html)).toBe('依法实施关闭[1]。\n\n见宁党办〔2019〕80号');
  });

  it('repeats a rowspan value in the rows it covers and fills cells missing at a row end', () => {
    const html =
      '<table><tr><td>序号</td><td>重点任务</td><td>牵头单位</td><td>完成时限</td></tr>' +
      '<tr><td>1</td><td>开展检查</td><td rowspan="2"><p>区工信局</p></td><td>2024年底</td></tr>' +
      '<tr><td>2</td><td>督导检查</td><td>每季度</td></tr>' +
      '<tr><td>3</td><td>联合执法</td></tr></table>';
    expect(htmlToParagraphs(html).split('\n\n')).toEqual([
      '【表格】序号｜重点任务｜牵头单位｜完成时限',
      '序号：1；重点任务：开展检查；牵头单位：区工信局；完成时限：2024年底',
      '序号：2；重点任务：督导检查；牵头单位：区工信局；完成时限：每季度',
      '序号：3；重点任务：联合执法；牵头单位：区工信局；完成时限：每季度',
    ]);
  });

  it('reads a spanning caption row and a two-row header with colspan', () => {
    const html =
      '<table><thead><tr><th colspan="4"><p>重点任务分工表</p></th></tr></thead>' +
      '<tr><td rowspan="2">序号</td><td rowspan="2">重点任务</td><td colspan="2">责任单位</td></tr>' +
      '<tr><td>牵头</td><td>配合</td></tr>' +
      '<tr><td>1</td><td>排查整治</td><td>区工信局</td><td>各镇街</td></tr>' +
      '<tr><td colspan="2">合计</td><td>1项</td><td></td></tr></table>';
    expect(htmlToParagraphs(html).split('\n\n')).toEqual([
      '重点任务分工表',
      '【表格】序号｜重点任务｜责任单位·牵头｜责任单位·配合',
      '序号：1；重点任务：排查整治；责任单位·牵头：区工信局；责任单位·配合：各镇街',
      '序号：合计；责任单位·牵头：1项',
    ]);
  });

  it('keeps text around a table in order and skips empty rows', () => {
    const html = '<p>附件</p><table><tr><td></td><td></td></tr><tr><td>甲</td><td>乙</td></tr></table><p>完</p>';
    expect(htmlToParagraphs(html)).toBe('附件\n\n【表格】\n\n甲；乙\n\n完');
  });

  it('writes back the automatic list numbers of Word, nested as official documents number them', () => {
    const html = '<ol><li>开展排查</li><li>强化执法<ol><li>细化执法清单</li><li>2）已有编号的保留原样</li></ol></li><li>3.自带编号</li></ol><ul><li>无序项</li></ul>';
    expect(htmlToParagraphs(html).split('\n\n')).toEqual(['1.开展排查', '2.强化执法', '（1）细化执法清单', '（2）2）已有编号的保留原样', '3.自带编号', '无序项']);
  });
});
