// Writes Doc 2 (fictional): 砚湖市安全生产委员会关于印发《砚湖市危险化学品安全生产部门责任清单》的通知,
// 砚安委〔2025〕14号 (2025-11-18). The 清单 is a Word table 序号/部门/主要职责/具体事项/依据 with 23 事项 rows; the 部门 and
// 主要职责 cells of a department with several 事项 are each one cell merged down over those rows (vMerge). DOCX.
// Every sentence was written for this pack. Fonts and the byte-reproducible writer: ../../p3/gen/docx-common.mjs.
import { Document, Paragraph, TextRun, AlignmentType, BorderStyle, Table, TableRow, TableCell, WidthType, VerticalAlign } from 'docx';
import { BIAO, FANG, HEI, P, r, bodyPara, empty, pageFooter, writeDocx } from '../../p3/gen/docx-common.mjs';
import { DOCS, FILE } from './common.mjs';

export const HEADER = ['序号', '部门', '主要职责', '具体事项', '依据'];
const T = '《危险化学品安全管理条例》';
const B = '《璞岭省化工园区和危险化学品安全管理办法》';
/** Departments in table order; each item is [具体事项, 依据]; items are numbered 1… across the table. */
export const GROUPS = [
  { dept: '市应急管理局', duty: '负责全市危险化学品安全监督管理综合工作', items: [
    ['核发带有储存设施的危险化学品经营许可证，以及剧毒化学品、易制爆危险化学品经营许可证', `${T}第三十五条`],
    ['对构成一级、二级重大危险源的危险化学品单位开展监督检查，制定市本级年度监督检查计划', `${B}第二十四条`],
    ['受理化工园区整体性安全风险评估报告备案，汇总分析各化工园区季度安全生产情况', `${B}第十一条、第十二条`],
    ['组织编制市危险化学品事故应急预案，每2年至少组织一次市级危险化学品事故综合应急演练', `${T}第六十九条`],
  ] },
  { dept: '市工业和信息化局', duty: '负责化工园区规划布局和化工行业管理', items: [
    ['组织化工园区认定申报和复核的市级初审', `${B}第六条`],
    ['推动园区外危险化学品储存企业搬迁入园，建立搬迁改造项目清单', `${B}第八条`],
  ] },
  { dept: '市公安局', duty: '负责危险化学品公共安全管理', items: [
    ['督促剧毒化学品、易制爆危险化学品销售企业如实记录购买单位和经办人信息并按规定保存销售记录', `${B}第十七条`],
    ['划定危险化学品运输车辆限制通行区域，对化工园区周边道路实施交通管控', `${T}第六条`],
  ] },
  { dept: '市交通运输局', duty: '负责危险化学品道路运输安全管理', items: [
    ['办理危险货物道路运输许可，督促运输企业对危险化学品运输车辆实施动态监控', `${T}第六条`],
  ] },
  { dept: '市市场监督管理局', duty: '负责危险化学品包装物、容器产品质量和特种设备安全监督', items: [
    ['对化工园区内企业的压力容器、压力管道实施安全监察，查处无证生产危险化学品包装物、容器的行为', `${T}第六条`],
  ] },
  { dept: '市生态环境局', duty: '负责废弃危险化学品处置的监督管理', items: [
    ['监督废弃危险化学品的收集、贮存和处置，组织危险化学品事故现场应急环境监测', `${T}第六条`],
  ] },
  { dept: '市自然资源和规划局', duty: '负责化工园区周边安全控制区规划管控', items: [
    ['在化工园区周边安全控制区内不予批准居住区、学校、医院等人员密集场所的新建、扩建规划', `${B}第七条`],
  ] },
  { dept: '市商务局', duty: '负责成品油零售经营行业管理', items: [
    ['督促加油站落实卸油作业专人现场监护制度，指导便利店清理危险化学品', `${B}第十八条`],
    ['会同市应急管理局开展成品油零售经营企业安全管理培训', `${B}第四条`],
  ] },
  { dept: '市消防救援支队', duty: '负责化工园区消防救援力量建设', items: [
    ['指导化工园区特勤消防站建设，开展化工园区消防监督检查', `${B}第十条`],
  ] },
  { dept: '县（市、区）应急管理局', duty: '负责本辖区危险化学品安全监督管理', items: [
    ['核发不带储存设施的危险化学品经营许可证（剧毒化学品、易制爆危险化学品除外）', `${T}第三十五条`],
    ['对辖区内不带储存设施的危险化学品经营企业每年至少开展一次监督检查', `${B}第二十四条`],
    ['接收危险化学品单位重大事故隐患报告，督促落实整改并跟踪销号', `${B}第二十五条`],
  ] },
  { dept: '县（市、区）商务主管部门', duty: '负责本辖区加油站行业安全管理', items: [
    ['牵头组织加油站安全联合检查，每半年开展一次，应急管理部门和消防救援机构配合', `${B}第十八条`],
  ] },
  { dept: '乡镇人民政府（街道办事处）', duty: '负责辖区危险化学品安全巡查', items: [
    ['每月对辖区内加油站和使用危险化学品的小微企业开展一次安全巡查', '市安全生产委员会部署'],
    ['每月5日前向县（市、区）应急管理局报送《危险化学品安全巡查月报表》', '市安全生产委员会部署'],
  ] },
  { dept: '化工园区管理机构', duty: '负责园区安全生产统一管理', items: [
    ['组织园区内企业安全检查，建立隐患排查治理台账', `${B}第十二条`],
    ['组织园区整体性安全风险评估，将评估报告报市应急管理局备案', `${B}第十一条`],
    ['建设园区安全风险智能化管控平台，落实园区封闭化管理', `${B}第九条、第十条`],
  ] },
];
/** The flat rows: [序号, 部门 or null (merged), 主要职责 or null (merged), 具体事项, 依据]. */
export const ROWS = [];
for (const g of GROUPS) g.items.forEach(([item, basis], k) => ROWS.push([String(ROWS.length + 1), k ? null : g.dept, k ? null : g.duty, item, basis]));

const line = { style: BorderStyle.SINGLE, size: 6, color: '000000' };
const borders = { top: line, bottom: line, left: line, right: line };
const W = [700, 1900, 2100, 3300, 1900];
const cell = (text, i, head, extra = {}) => new TableCell({
  width: { size: W[i], type: WidthType.DXA }, borders, verticalAlign: VerticalAlign.CENTER, ...extra,
  children: [new Paragraph({ alignment: head || i <= 1 ? AlignmentType.CENTER : AlignmentType.LEFT, children: [new TextRun({ text, font: head ? HEI : FANG, size: 21 })] })],
});
function dutyTable() {
  const rows = [new TableRow({ tableHeader: true, children: HEADER.map((t, i) => cell(t, i, true)) })];
  let k = 0;
  for (const g of GROUPS) {
    g.items.forEach(() => {
      const row = ROWS[k];
      const kids = [];
      row.forEach((t, i) => {
        if (t === null) return; // covered by the rowSpan cell above
        const span = (i === 1 || i === 2) && g.items.length > 1 ? { rowSpan: g.items.length } : {};
        kids.push(cell(t, i, false, span));
      });
      rows.push(new TableRow({ cantSplit: true, children: kids }));
      k += 1;
    });
  }
  return new Table({ width: { size: W.reduce((a, b) => a + b, 0), type: WidthType.DXA }, columnWidths: W, rows });
}

export const BEFORE = [
  ['red', '砚湖市安全生产委员会'],
  ['rule', '砚安委〔2025〕14号'],
  ['title', '砚湖市安全生产委员会关于印发《砚湖市危险化学品安全生产部门责任清单》的通知'],
  ['empty'],
  ['plain', '荇桥区、芑林区、蓍原县人民政府，市安委会各成员单位，各化工园区管理机构：'],
  ['p', '为贯彻《璞岭省化工园区和危险化学品安全管理办法》，厘清危险化学品安全监管职责，市安委会制定了《砚湖市危险化学品安全生产部门责任清单》，现印发给你们，请结合实际认真落实。清单未列明的职责，按照有关法律、法规和“三定”规定执行。'],
  ['right', '砚湖市安全生产委员会'],
  ['right', '2025年11月18日'],
  ['plain', '（此件公开发布）'],
  ['title', '砚湖市危险化学品安全生产部门责任清单'],
  ['empty'],
];
export const AFTER = [
  ['p', '说明：1. 本清单所称县（市、区）应急管理局、县（市、区）商务主管部门，指荇桥区、芑林区、蓍原县的相应部门。2. 清单所列事项自印发之日起执行，各单位每年12月15日前向市安委会办公室报送清单落实情况。'],
  ['empty'],
  ['cc', '抄送：市委办公室，市人大常委会办公室，市政协办公室。'],
  ['cc', '砚湖市安全生产委员会办公室　　　　2025年11月18日印发'],
];

function render(items) {
  const kids = [];
  for (const [kind, x] of items) {
    if (kind === 'red') kids.push(P(new TextRun({ text: x, font: BIAO, size: 52, color: 'D00000' }), { alignment: AlignmentType.CENTER, spacing: { before: 400, after: 200 } }));
    else if (kind === 'rule') kids.push(P(r(x), { alignment: AlignmentType.CENTER, border: { bottom: { style: BorderStyle.SINGLE, size: 18, color: 'D00000', space: 6 } } }));
    else if (kind === 'title') kids.push(P(new TextRun({ text: x, font: BIAO, size: 40 }), { alignment: AlignmentType.CENTER, spacing: { line: 640, lineRule: 'exact', before: 200 } }));
    else if (kind === 'plain') kids.push(P(r(x)));
    else if (kind === 'right') kids.push(P(r(x), { alignment: AlignmentType.RIGHT, indent: { right: 1280 } }));
    else if (kind === 'p') kids.push(bodyPara(x));
    else if (kind === 'cc') {
      const edge = (size) => ({ style: BorderStyle.SINGLE, size, color: '000000', space: 4 });
      kids.push(P(new TextRun({ text: x, font: FANG, size: 28 }), { indent: { left: 320, right: 320 }, border: { top: edge(12), bottom: edge(6) } }));
    } else if (kind === 'empty') kids.push(empty());
    else throw new Error(`unknown kind ${kind}`);
  }
  return kids;
}

if (process.argv[1]?.endsWith('gen-2-docx.mjs')) {
  const doc = new Document({
    creator: '砚湖市安全生产委员会（虚构测试文档）', title: '砚湖市危险化学品安全生产部门责任清单', description: 'Fictional evaluation document — p7 (璞岭省) pack',
    styles: { default: { document: { run: { font: FANG, size: 32 } } } },
    sections: [{
      properties: { page: { size: { width: 11906, height: 16838 }, margin: { top: 2098, bottom: 1984, left: 1531, right: 1474, footer: 992 } } },
      footers: { default: pageFooter() },
      children: [...render(BEFORE), dutyTable(), empty(), ...render(AFTER)],
    }],
  });
  await writeDocx(doc, FILE.d2, '2025-11-18T08:30:00Z', '砚湖市安全生产委员会', DOCS);
}
