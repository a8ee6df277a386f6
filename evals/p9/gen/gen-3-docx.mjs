// Writes Doc 3 (fictional): 荻峦苗族侗族自治州人民政府关于印发《荻峦州深基坑和建筑起重机械施工安全管理规定》的通知
// (荻州府规〔2025〕4号, 2025-11-28), a 自治州 规范性文件 as a Word document: red masthead, 文号, cover notice, then the
// 规定 (第一条…第十条, 施行 2026-01-01, 有效期至2028年12月31日) and its 附表 as a Word table (检查对象 / 施工单位 / 监理单位 /
// 县（市）住房和城乡建设局). Stricter than the provincial 条例 on the 第三方监测 depth in 岩溶发育地区 (3米) and the
// 报警 report (1小时内). Every sentence was written for this pack. Fonts and writer: ../../p3/gen/docx-common.mjs.
import { Document, Paragraph, TextRun, AlignmentType, BorderStyle, Table, TableRow, TableCell, WidthType, VerticalAlign } from 'docx';
import { BIAO, FANG, HEI, P, r, bodyPara, empty, pageFooter, writeDocx } from '../../p3/gen/docx-common.mjs';
import { DOCS, FILE } from './common.mjs';

export const TABLE_HEAD = ['检查对象', '施工单位', '监理单位', '县（市）住房和城乡建设局'];
export const TABLE_ROWS = [
  ['开挖深度5米以上的基坑', '每日巡查', '每日巡查', '每月至少1次'],
  ['岩溶发育地区开挖深度3米至5米的基坑', '每日巡查', '每周不少于3次', '每两个月至少1次'],
  ['塔式起重机', '每班作业前检查，每月全面检查1次', '每周不少于1次', '每季度至少1次'],
  ['施工升降机', '每班作业前检查，每半月全面检查1次', '每周不少于2次', '每季度至少1次'],
  ['物料提升机', '每班作业前检查，每半月全面检查1次', '每两周不少于1次', '每半年至少1次'],
];
export const BEFORE = [
  ['red', '荻峦苗族侗族自治州人民政府文件'],
  ['rule', '荻州府规〔2025〕4号'],
  ['title', '荻峦苗族侗族自治州人民政府关于印发《荻峦州深基坑和建筑起重机械施工安全管理规定》的通知'],
  ['empty'],
  ['plain', '各县（市）人民政府，州人民政府各部门，桤坞经济开发区管理委员会：'],
  ['p', '《荻峦州深基坑和建筑起重机械施工安全管理规定》已经州人民政府第42次常务会议审议通过，现印发给你们，请认真贯彻执行。'],
  ['right', '荻峦苗族侗族自治州人民政府'],
  ['right', '2025年11月28日'],
  ['plain', '（此件公开发布）'],
  ['title', '荻峦州深基坑和建筑起重机械施工安全管理规定'],
  ['empty'],
  ['art', '第一条　为了加强本州深基坑工程和建筑起重机械施工安全管理，根据《琇嵘省建设工程施工安全条例》等规定，结合本州岩溶地貌和山地城镇建设实际，制定本规定。'],
  ['art', '第二条　本州行政区域内（桤坞市、蕤岗县、菁垭县，含桤坞经济开发区）房屋建筑和市政基础设施工程深基坑和建筑起重机械的施工安全管理，适用本规定。'],
  ['art', '第三条　州住房和城乡建设局负责全州深基坑和建筑起重机械施工安全的指导和监督；县（市）住房和城乡建设局负责本行政区域内的日常监督检查；桤坞经济开发区管理委员会按照授权负责开发区内的日常监督检查。'],
  ['art', '第四条　本州岩溶发育地区开挖深度超过3米（含3米）的基坑工程，建设单位应当委托第三方监测单位实施监测。岩溶发育地区的范围由州自然资源局会同州住房和城乡建设局划定并公布。'],
  ['art', '第五条　基坑监测数据达到报警值的，监测单位应当在1小时内报告建设单位、施工单位和监理单位，并同时报告工程所在地县（市）住房和城乡建设局。'],
  ['art', '第六条　在本州使用的塔式起重机应当安装安全监控管理系统和司机人脸识别装置，监控数据实时接入州建筑起重机械安全监管平台。'],
  ['art', '第七条　出厂年限超过15年的塔式起重机，不得在本州房屋建筑和市政基础设施工程中使用。'],
  ['art', '第八条　每年5月1日至9月30日为本州主汛期。主汛期内，基坑工程的第三方监测频次每日不少于2次；遇暴雨时，应当加密监测。'],
  ['art', '第九条　施工单位、监理单位和县（市）住房和城乡建设局应当按照本规定附表所列频次对深基坑和建筑起重机械开展检查，并如实记录。'],
  ['art', '第十条　本规定自2026年1月1日起施行，有效期至2028年12月31日。'],
  ['empty'],
  ['caption', '附表　深基坑和建筑起重机械检查频次表'],
];
export const AFTER = [
  ['p', '注：表中“每日巡查”指施工期间每个工作日至少巡查1次；停工期间的检查频次由县（市）住房和城乡建设局确定。'],
  ['empty'],
  ['cc', '抄送：州委办公室，州人大常委会办公室，州政协办公室，琇嵘省住房和城乡建设厅。'],
  ['cc', '荻峦苗族侗族自治州人民政府办公室　　　　2025年11月28日印发'],
];

const line = { style: BorderStyle.SINGLE, size: 6, color: '000000' };
const borders = { top: line, bottom: line, left: line, right: line };
const W = [2600, 2500, 1900, 2100];
const cell = (text, i, head) => new TableCell({
  width: { size: W[i], type: WidthType.DXA }, borders, verticalAlign: VerticalAlign.CENTER,
  children: [new Paragraph({ alignment: head || i === 0 ? AlignmentType.CENTER : AlignmentType.LEFT, children: [new TextRun({ text, font: head ? HEI : FANG, size: 21 })] })],
});
function freqTable() {
  const rows = [new TableRow({ tableHeader: true, children: TABLE_HEAD.map((t, i) => cell(t, i, true)) })];
  for (const row of TABLE_ROWS) rows.push(new TableRow({ cantSplit: true, children: row.map((t, i) => cell(t, i, false)) }));
  return new Table({ width: { size: W.reduce((a, b) => a + b, 0), type: WidthType.DXA }, columnWidths: W, rows });
}
function render(items) {
  const kids = [];
  const edge = (size) => ({ style: BorderStyle.SINGLE, size, color: '000000', space: 4 });
  for (const [kind, x] of items) {
    if (kind === 'red') kids.push(P(new TextRun({ text: x, font: BIAO, size: 52, color: 'D00000' }), { alignment: AlignmentType.CENTER, spacing: { before: 400, after: 200 } }));
    else if (kind === 'rule') kids.push(P(r(x), { alignment: AlignmentType.CENTER, border: { bottom: { style: BorderStyle.SINGLE, size: 18, color: 'D00000', space: 6 } } }));
    else if (kind === 'title') kids.push(P(new TextRun({ text: x, font: BIAO, size: 40 }), { alignment: AlignmentType.CENTER, spacing: { line: 640, lineRule: 'exact', before: 200 } }));
    else if (kind === 'plain') kids.push(P(r(x)));
    else if (kind === 'p') kids.push(bodyPara(x));
    else if (kind === 'right') kids.push(P(r(x), { alignment: AlignmentType.RIGHT, indent: { right: 1280 } }));
    else if (kind === 'art') {
      const m = x.match(/^(第[一二三四五六七八九十]+条)　(.*)$/u);
      kids.push(P([new TextRun({ text: `${m[1]}　`, font: HEI, size: 32 }), r(m[2])], { indent: { firstLine: 640 }, alignment: AlignmentType.JUSTIFIED }));
    } else if (kind === 'caption') kids.push(P(new TextRun({ text: x, font: HEI, size: 32 }), { alignment: AlignmentType.CENTER, keepNext: true }));
    else if (kind === 'cc') kids.push(P(new TextRun({ text: x, font: FANG, size: 28 }), { indent: { left: 320, right: 320 }, border: { top: edge(6), bottom: edge(6) } }));
    else if (kind === 'empty') kids.push(empty());
    else throw new Error(`unknown kind ${kind}`);
  }
  return kids;
}
if (process.argv[1]?.endsWith('gen-3-docx.mjs')) {
  const doc = new Document({
    creator: '荻峦苗族侗族自治州人民政府办公室（虚构测试文档）', title: '荻峦州深基坑和建筑起重机械施工安全管理规定', description: 'Fictional evaluation document — p9 (琇嵘省) pack',
    styles: { default: { document: { run: { font: FANG, size: 32 } } } },
    sections: [{
      properties: { page: { size: { width: 11906, height: 16838 }, margin: { top: 2098, bottom: 1984, left: 1531, right: 1474, footer: 992 } } },
      footers: { default: pageFooter() },
      children: [...render(BEFORE), freqTable(), ...render(AFTER)],
    }],
  });
  await writeDocx(doc, FILE.d3, '2025-11-28T08:30:00Z', '荻峦苗族侗族自治州人民政府办公室', DOCS);
}
