// Writes Doc 3 (fictional): 溟汭省农业农村厅关于印发《溟汭省渔业船舶安全行政处罚自由裁量基准》的通知 (溟农渔发〔2026〕9号,
// 印发 2026-06-10, 施行 2026-07-01, 有效期至2028年12月31日; it repeals the 2019 试行 standard), a 规范性文件 of the 省农业农村厅,
// as a Word 公文: red masthead, 文号 over a red rule, the cover notice, then on a new page the 基准: numbered rules (适用范围,
// the four 裁量阶次 轻微 / 一般 / 较重 / 严重, 不予处罚, 从重 and 从轻, 细化 by 市、县, 适用 of 《安全生产法》, 有效期) and the 附表, a
// Word table 序号 / 违法行为 / 处罚依据 / 裁量阶次 / 情形 / 处罚标准 whose 序号, 违法行为 and 处罚依据 cells are merged down over
// the 阶次 rows of one 违法行为 (10 违法行为, 28 rows). The 处罚依据 cells cite the current 条例 by article (resolved from
// content-reg.mjs) and, for the 船东 row, 《中华人民共和国安全生产法》第九十九条. Every sentence was written for this pack.
import { TextRun, AlignmentType, BorderStyle, Document, Paragraph, Table, TableRow, TableCell, WidthType, VerticalAlign, PageOrientation } from 'docx';
import { BIAO, HEI, KAI, EXACT, P, r, bodyPara, empty, pageFooter, writeDocx } from '../../p3/gen/docx-common.mjs';
import { DOCS, FILE } from './common.mjs';
import { numbers } from './content-reg.mjs';

const N = numbers('cur');
export const TITLE = '溟汭省渔业船舶安全行政处罚自由裁量基准';
export const PHONE = '0460-6623158';
export const TABLE_HEAD = ['序号', '违法行为', '处罚依据', '裁量阶次', '情形', '处罚标准'];
/** One entry per 违法行为: [序号, 违法行为, 处罚依据, [[阶次, 情形, 处罚标准], …]]. */
export const ITEMS = [
  ['1', '船长擅自关闭、屏蔽北斗船载终端或者AIS设备', `《条例》${N.zhongduan}第二款、${N.pChuanzhang}`, [
    ['轻微', '首次被发现，关闭时间不超过2小时，经提醒立即恢复开启且未造成危害后果的', '不予行政处罚，责令改正，予以批评教育'],
    ['一般', '关闭时间超过2小时不超过24小时的', '处二千元以上四千元以下罚款'],
    ['较重', '关闭时间超过24小时，或者一年内第二次因同一行为被查处的', '处四千元以上七千元以下罚款'],
    ['严重', '在海上大风、台风预警期间或者越界作业时关闭终端逃避监管，或者一年内第三次以上因同一行为被查处的', '处七千元以上一万元以下罚款，并暂扣渔业船员证书三个月至六个月'],
  ]],
  ['2', '终端设备故障未按照规定报告', `《条例》${N.zhongduan}第三款、${N.pChuanzhang}`, [
    ['一般', '故障发生后超过2小时未报告，但在返港前补报的', '处二千元以上五千元以下罚款'],
    ['较重', '故障未报告继续作业，或者故障未排除擅自出港的', '处五千元以上一万元以下罚款'],
  ]],
  ['3', '在禁止出海期间出海', `《条例》${N.tianqi}第一款、${N.pTianqi}`, [
    ['一般', '小型渔船在海上大风蓝色预警期间出海，接到返港指令后立即返港的', '对船长处五千元以上一万元以下罚款'],
    ['较重', '接到返港指令后未及时返港，或者休闲渔业船舶在台风蓝色预警期间载客出海的', '对船长处一万元以上一万五千元以下罚款'],
    ['严重', '在台风黄色以上预警期间出海，或者造成人员伤亡的', '对船长处一万五千元以上二万元以下罚款'],
  ]],
  ['4', '在禁止出海期间组织、指挥渔业船舶出海', `《条例》${N.tianqi}第二款、${N.pTianqi}`, [
    ['一般', '组织、指挥1艘渔业船舶出海的', '对组织者、指挥者处一万元以上二万元以下罚款'],
    ['较重', '组织、指挥2艘至4艘渔业船舶出海的', '对组织者、指挥者处二万元以上三万五千元以下罚款'],
    ['严重', '组织、指挥5艘以上渔业船舶出海，或者在台风黄色以上预警期间组织出海的', '对组织者、指挥者处三万五千元以上五万元以下罚款'],
  ]],
  ['5', '未按照规定报告进出港情况', `《条例》${N.jinchu}第一款、${N.pJinchu}`, [
    ['轻微', '首次未按时报告，经提醒后主动补报的', '不予行政处罚，责令改正'],
    ['一般', '一年内第二次未按照规定报告的', '处二百元以上五百元以下罚款'],
    ['较重', '一年内三次以上未按照规定报告，或者瞒报船上人员的', '处五百元以上一千元以下罚款'],
  ]],
  ['6', '船东未按照规定组织船员安全培训和应急演练', `《条例》${N.cdzz}第四项、${N.pPeixun}`, [
    ['一般', '逾期未改正，已组织培训和演练但次数不足的', '处五千元以上一万元以下罚款'],
    ['较重', '逾期未改正，一年内未组织任何培训和演练的', '处一万元以上二万元以下罚款'],
  ]],
  ['7', '渔业船舶超员或者小型渔船出海作业人员少于2人', `《条例》${N.peiyuan}第一款、${N.pChaoyuan}`, [
    ['一般', '超员1人，或者小型渔船1人出海作业的', '对船东处二千元以上八千元以下罚款'],
    ['较重', '超员2人以上不满5人的', '对船东处八千元以上一万五千元以下罚款'],
    ['严重', '超员5人以上，或者超员期间遇海上大风预警仍出海的', '对船东处一万五千元以上二万元以下罚款'],
  ]],
  ['8', '未按照规定配备救生衣等救生设备', `《条例》${N.jiusheng}、${N.pJiusheng}`, [
    ['一般', '救生衣配备数量低于规定标准，但不少于核定乘员人数的', '处一千元以上三千元以下罚款'],
    ['较重', '救生衣数量少于核定乘员人数，或者未配备救生筏的', '处三千元以上一万元以下罚款'],
  ]],
  ['9', '休闲渔业船舶超载、超出规定海域或者夜间载客出海', `《条例》${N.zaike}第一款第一项至第三项、${N.pZaike}`, [
    ['一般', '超载不足核定乘客定额10%，或者超出规定海域不足2海里的', '对经营人处五千元以上一万元以下罚款'],
    ['较重', '超载达到核定乘客定额10%以上不满30%，或者在日落后至日出前载客出海的', '对经营人处一万元以上二万元以下罚款'],
    ['严重', '超载达到核定乘客定额30%以上，或者同时有两项以上违法情形的', '对经营人处二万元以上三万元以下罚款'],
  ]],
  ['10', '船东关闭、破坏北斗船载终端、AIS设备或者救生设备', `《条例》${N.zhongduan}第一款、${N.pChuandong}；《中华人民共和国安全生产法》第九十九条第四项`, [
    ['一般', '在责令限期改正期限内改正，涉及1艘渔业船舶的', '处二万元以下罚款'],
    ['较重', '在责令限期改正期限内改正，涉及2艘以上渔业船舶的', '处二万元以上五万元以下罚款'],
    ['严重', '逾期未改正的', '处五万元以上二十万元以下罚款，对直接负责的主管人员和其他直接责任人员处一万元以上二万元以下罚款'],
  ]],
];
/** [kind, text] in order; every kind but 'table' and 'empty' is one paragraph (a verifier unit); a table row is one unit. */
export const PARAS = [
  ['masthead', '溟汭省农业农村厅文件'],
  ['docno', '溟农渔发〔2026〕9号'],
  ['empty'],
  ['title', '溟汭省农业农村厅关于印发《溟汭省渔业船舶安全行政处罚自由裁量基准》的通知'],
  ['empty'],
  ['plain', '各设区的市农业农村局，省渔政执法总队：'],
  ['p', '修订后的《溟汭省渔业船舶安全管理条例》已于2026年5月1日起施行。为规范渔业船舶安全行政处罚自由裁量权的行使，保障过罚相当，我厅制定了《溟汭省渔业船舶安全行政处罚自由裁量基准》，现印发给你们，请遵照执行。执行中遇到的问题，请及时反馈省渔政执法总队。'],
  ['empty'],
  ['right', '溟汭省农业农村厅'],
  ['right', '2026年6月10日'],
  ['plain', '（此件主动公开）'],
  ['rulesTitle', TITLE],
  ['p', '一、本基准适用于本省各级农业农村主管部门及其渔政执法机构依照《溟汭省渔业船舶安全管理条例》（以下简称《条例》）对渔业船舶安全违法行为实施的行政处罚。'],
  ['p', '二、裁量阶次分为轻微、一般、较重、严重四档。执法人员应当根据违法行为的事实、性质、情节和社会危害程度，在附表规定的阶次和幅度内确定处罚。'],
  ['p', '三、违法行为轻微并及时改正，没有造成危害后果的，不予行政处罚；初次违法且危害后果轻微并及时改正的，可以不予行政处罚。不予行政处罚的，应当对当事人进行教育，并记录在案。'],
  ['p', '四、有下列情形之一的，应当在相应阶次内从重处罚：（一）在海上大风、台风预警期间实施违法行为的；（二）一年内因同一违法行为受到两次以上行政处罚的；（三）拒绝、阻碍渔政执法人员检查的；（四）造成人员伤亡或者较大财产损失的。'],
  ['p', '五、主动消除或者减轻违法行为危害后果，或者配合渔政执法机构查处违法行为有立功表现的，可以在相应阶次内从轻处罚。'],
  ['p', '六、设区的市、县（市、区）农业农村主管部门可以在本基准规定的幅度内制定细化标准，但不得超出本基准规定的处罚种类和幅度；细化标准应当报省农业农村厅备案。'],
  ['p', '七、船东关闭、破坏北斗船载终端、AIS设备或者救生设备，依照《中华人民共和国安全生产法》第九十九条处罚的，按照附表第10项确定裁量阶次。同一违法行为同时违反其他法律、法规的，依照效力较高的规定处罚。'],
  ['p', '八、本基准由省农业农村厅负责解释，自2026年7月1日起施行，有效期至2028年12月31日。2019年印发的《溟汭省渔业行政处罚裁量标准（试行）》（溟农渔发〔2019〕21号）同时废止。'],
  ['p', `九、联系人：省渔政执法总队法制科　闵知遥，电话：${PHONE}。`],
  ['caption', '附表　溟汭省渔业船舶安全行政处罚自由裁量基准表'],
  ['table'],
];

const WIDTHS = [700, 2300, 2300, 1000, 3600, 3300];
const cell = (text, { head = false, width, rowSpan } = {}) => new TableCell({
  width: { size: width, type: WidthType.DXA },
  verticalAlign: VerticalAlign.CENTER,
  ...(rowSpan > 1 ? { rowSpan } : {}),
  children: [new Paragraph({ alignment: head ? AlignmentType.CENTER : AlignmentType.LEFT, children: [new TextRun({ text, font: head ? HEI : KAI, size: 21 })] })],
});
function penaltyTable() {
  const rows = [new TableRow({ tableHeader: true, cantSplit: true, children: TABLE_HEAD.map((t, i) => cell(t, { head: true, width: WIDTHS[i] })) })];
  for (const [no, act, basis, tiers] of ITEMS) {
    tiers.forEach(([lvl, when, std], k) => {
      const kids = [];
      if (k === 0) {
        kids.push(cell(no, { width: WIDTHS[0], rowSpan: tiers.length }), cell(act, { width: WIDTHS[1], rowSpan: tiers.length }), cell(basis, { width: WIDTHS[2], rowSpan: tiers.length }));
      }
      kids.push(cell(lvl, { width: WIDTHS[3] }), cell(when, { width: WIDTHS[4] }), cell(std, { width: WIDTHS[5] }));
      rows.push(new TableRow({ cantSplit: true, children: kids }));
    });
  }
  return new Table({ width: { size: WIDTHS.reduce((a, b) => a + b, 0), type: WidthType.DXA }, columnWidths: WIDTHS, rows });
}
function render(items) {
  const kids = [];
  for (const [kind, x] of items) {
    if (kind === 'masthead') kids.push(P(new TextRun({ text: x, font: BIAO, size: 60, color: 'D00000' }), { alignment: AlignmentType.CENTER, spacing: { before: 560, after: 280 } }));
    else if (kind === 'docno') kids.push(P(r(x), { alignment: AlignmentType.CENTER, spacing: { ...EXACT, after: 120 }, border: { bottom: { style: BorderStyle.SINGLE, size: 18, color: 'D00000', space: 6 } } }));
    else if (kind === 'title') kids.push(P(new TextRun({ text: x, font: BIAO, size: 44 }), { alignment: AlignmentType.CENTER, spacing: { line: 680, lineRule: 'exact' } }));
    else if (kind === 'rulesTitle') kids.push(P(new TextRun({ text: x, font: BIAO, size: 40 }), { alignment: AlignmentType.CENTER, pageBreakBefore: true, spacing: { line: 640, lineRule: 'exact', after: 200 } }));
    else if (kind === 'caption') kids.push(P(new TextRun({ text: x, font: HEI, size: 32 }), { alignment: AlignmentType.CENTER, pageBreakBefore: true, keepNext: true }));
    else if (kind === 'plain') kids.push(P(r(x)));
    else if (kind === 'right') kids.push(P(r(x), { alignment: AlignmentType.RIGHT, indent: { right: 1280 } }));
    else if (kind === 'p') kids.push(bodyPara(x));
    else if (kind === 'table') kids.push(penaltyTable());
    else if (kind === 'empty') kids.push(empty());
    else throw new Error(`unknown kind ${kind}`);
  }
  return kids;
}
if (process.argv[1]?.endsWith('gen-3-docx.mjs')) {
  const split = PARAS.findIndex((p) => p[0] === 'caption');
  const page = { size: { width: 11906, height: 16838 }, margin: { top: 2098, bottom: 1984, left: 1531, right: 1474, footer: 992 } };
  const doc = new Document({
    creator: '溟汭省农业农村厅（虚构测试文档）', title: TITLE, description: 'Fictional evaluation document — p13 (溟汭省) pack',
    styles: { default: { document: { run: { font: { ascii: 'Times New Roman', hAnsi: 'Times New Roman', eastAsia: '仿宋_GB2312' }, size: 32 } } } },
    sections: [
      { properties: { page }, footers: { default: pageFooter() }, children: render(PARAS.slice(0, split)) },
      {
        properties: { page: { size: { width: 11906, height: 16838, orientation: PageOrientation.LANDSCAPE }, margin: { top: 1440, bottom: 1440, left: 1200, right: 1200, footer: 720 } } },
        footers: { default: pageFooter() },
        children: render(PARAS.slice(split)),
      },
    ],
  });
  await writeDocx(doc, FILE.d3, '2026-06-10T02:00:00Z', '溟汭省农业农村厅', DOCS);
}
