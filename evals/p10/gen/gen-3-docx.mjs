// Writes Doc 3 (fictional): 珞湾经济特区职业卫生管理若干规定, a 经济特区法规 passed by the 珞湾市人民代表大会常务委员会
// (公告第一百四十二号, 通过 2025-06-27, 施行 2025-09-01), as a Word document: the 公告, the title, the 通过 line, 第一条…
// 第十四条 and the 附表 as a Word table (职业病危害因素 / 定期检测频次 / 在岗期间职业健康检查周期, 6 rows). Stricter than the
// provincial 条例 on detection frequency, the 告知 deadline (5个工作日内), 专职 staff (50人以上), 初次培训 (24学时) and on-line
// dust monitoring. Every sentence was written for this pack. Fonts and writer: ../../p3/gen/docx-common.mjs.
import { Document, Paragraph, TextRun, AlignmentType, BorderStyle, Table, TableRow, TableCell, WidthType, VerticalAlign } from 'docx';
import { BIAO, FANG, HEI, KAI, P, r, bodyPara, empty, pageFooter, writeDocx } from '../../p3/gen/docx-common.mjs';
import { DOCS, FILE } from './common.mjs';

export const TITLE = '珞湾经济特区职业卫生管理若干规定';
export const TABLE_HEAD = ['职业病危害因素', '定期检测频次', '在岗期间职业健康检查周期'];
export const TABLE_ROWS = [
  ['矽尘（游离二氧化硅含量10%以上）', '每季度1次', '每年1次'],
  ['石棉粉尘', '每季度1次', '每年1次'],
  ['其他粉尘（水泥尘、电焊烟尘、木粉尘等）', '每半年1次', '每两年1次'],
  ['噪声（8小时等效声级85分贝以上）', '每半年1次', '每年1次'],
  ['苯、甲苯、二甲苯、正己烷', '每季度1次', '每年1次'],
  ['铅及其无机化合物', '每半年1次', '每半年1次'],
];
export const BEFORE = [
  ['title', '珞湾市人民代表大会常务委员会公告'],
  ['center', '（第一百四十二号）'],
  ['p', '《珞湾经济特区职业卫生管理若干规定》经珞湾市第八届人民代表大会常务委员会第三十一次会议于2025年6月27日通过，现予公布，自2025年9月1日起施行。'],
  ['right', '珞湾市人民代表大会常务委员会'],
  ['right', '2025年6月27日'],
  ['title', TITLE],
  ['kai', '（2025年6月27日珞湾市第八届人民代表大会常务委员会第三十一次会议通过）'],
  ['empty'],
  ['art', '第一条　为了加强珞湾经济特区职业卫生管理，预防、控制和消除职业病危害，保护劳动者健康，遵循《中华人民共和国职业病防治法》等法律、行政法规的基本原则，结合经济特区实际，制定本规定。'],
  ['art', '第二条　本规定适用于珞湾经济特区内产生职业病危害的工业、贸易企业（以下简称企业）的职业卫生管理及其监督管理活动。'],
  ['p', '本规定未作规定的，适用有关法律、行政法规和《璟崃省职业病防治条例》的规定。'],
  ['art', '第三条　市卫生健康部门负责经济特区职业卫生的监督管理工作；各区卫生健康部门负责本辖区内企业职业卫生的日常监督检查。市应急管理部门负责企业劳动防护用品配备和粉尘防爆的监督检查。'],
  ['art', '第四条　企业应当按照本规定附表所列频次，委托职业卫生技术服务机构对工作场所职业病危害因素进行定期检测；附表未列明的职业病危害因素，每年至少检测一次。'],
  ['art', '第五条　存在矽尘或者石棉粉尘的企业，接触粉尘的劳动者在20人以上的，应当在主要产尘岗位安装粉尘浓度在线监测装置，监测数据实时接入市职业健康监管信息平台。'],
  ['art', '第六条　企业应当自收到检测报告之日起5个工作日内，在公告栏和企业内部信息平台公布检测结果。'],
  ['art', '第七条　企业应当按照本规定附表所列周期组织劳动者进行在岗期间职业健康检查，并自收到职业健康检查报告之日起5个工作日内将检查结果书面告知劳动者本人。'],
  ['art', '第八条　职业病危害严重的企业，劳动者在50人以上的，应当配备不少于1名专职职业卫生管理人员。'],
  ['art', '第九条　企业主要负责人和职业卫生管理人员初次职业卫生培训时间不少于24学时；劳动者上岗前职业卫生培训时间不少于12学时，其中实际操作培训不少于4学时。'],
  ['art', '第十条　企业不得将矽尘、石棉粉尘作业发包给未安装有效除尘设施的单位或者个人。'],
  ['art', '第十一条　区人民政府应当每年组织职业卫生技术服务机构，为劳动者在50人以下的小型微型企业免费提供一次职业病危害因素检测。'],
  ['art', '第十二条　违反本规定第五条规定，企业未安装粉尘浓度在线监测装置或者未将监测数据接入平台的，由区卫生健康部门责令限期改正；逾期未改正的，处二万元以上五万元以下罚款。'],
  ['art', '第十三条　违反本规定第七条规定，企业超过规定期限告知职业健康检查结果的，由区卫生健康部门责令改正，处一万元以上五万元以下罚款。'],
  ['art', '第十四条　本规定自2025年9月1日起施行。'],
  ['empty'],
  ['caption', '附表　职业病危害因素定期检测和在岗期间职业健康检查频次表'],
];
export const AFTER = [
  ['p', '注：同一工作场所存在多种职业病危害因素的，按照其中频次最高的执行。'],
  ['empty'],
  ['cc', '抄送：全国人民代表大会常务委员会法制工作委员会，国务院办公厅，璟崃省人民代表大会常务委员会法制工作委员会，璟崃省卫生健康委员会。'],
  ['cc', '珞湾市人民代表大会常务委员会办公厅　　　　2025年6月30日印发'],
];

const line = { style: BorderStyle.SINGLE, size: 6, color: '000000' };
const borders = { top: line, bottom: line, left: line, right: line };
const W = [3900, 2400, 2800];
const cell = (text, i, head) => new TableCell({
  width: { size: W[i], type: WidthType.DXA }, borders, verticalAlign: VerticalAlign.CENTER,
  children: [new Paragraph({ alignment: head || i > 0 ? AlignmentType.CENTER : AlignmentType.LEFT, children: [new TextRun({ text, font: head ? HEI : FANG, size: 21 })] })],
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
    if (kind === 'title') kids.push(P(new TextRun({ text: x, font: BIAO, size: 40 }), { alignment: AlignmentType.CENTER, spacing: { line: 640, lineRule: 'exact', before: 200 } }));
    else if (kind === 'center') kids.push(P(r(x), { alignment: AlignmentType.CENTER }));
    else if (kind === 'kai') kids.push(P(new TextRun({ text: x, font: KAI, size: 32 }), { alignment: AlignmentType.CENTER }));
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
    creator: '珞湾市人民代表大会常务委员会办公厅（虚构测试文档）', title: TITLE, description: 'Fictional evaluation document — p10 (璟崃省) pack',
    styles: { default: { document: { run: { font: FANG, size: 32 } } } },
    sections: [{
      properties: { page: { size: { width: 11906, height: 16838 }, margin: { top: 2098, bottom: 1984, left: 1531, right: 1474, footer: 992 } } },
      footers: { default: pageFooter() },
      children: [...render(BEFORE), freqTable(), ...render(AFTER)],
    }],
  });
  await writeDocx(doc, FILE.d3, '2025-06-30T08:30:00Z', '珞湾市人民代表大会常务委员会办公厅', DOCS);
}
