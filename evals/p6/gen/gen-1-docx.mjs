// Writes Doc 1 (fictional): 漪川市人民政府办公室关于印发《漪川市特种设备安全隐患专项整治工作方案》的通知,
// 漪政办发〔2026〕11号 (2026-03-20). The 任务分工 is a Word table 序号/工作任务/牵头单位/配合单位/完成时限 in which the
// 牵头单位 of tasks 1 and 2 is one cell merged over two rows (vMerge), task 9 has only a 牵头单位 and task 11 no
// 完成时限 (“—”). DOCX.
// Every sentence was written for this pack. Fonts and the byte-reproducible writer: ../../p3/gen/docx-common.mjs.
import { Document, Paragraph, TextRun, AlignmentType, BorderStyle, Table, TableRow, TableCell, WidthType, VerticalAlign } from 'docx';
import { BIAO, FANG, HEI, P, r, bodyPara, empty, pageFooter, writeDocx } from '../../p3/gen/docx-common.mjs';
import { DOCS, FILE } from './common.mjs';

export const HEADER = ['序号', '工作任务', '牵头单位', '配合单位', '完成时限'];
/** Table rows; `null` in the 牵头单位 column means "merged into the cell above". */
export const TASKS = [
  ['1', '开展在用电梯安全隐患全面排查，逐台建立隐患问题清单和整改台账', '市市场监督管理局', '市住房和城乡建设局，各区人民政府', '2026年6月30日前'],
  ['2', '开展电梯维护保养质量专项检查，每季度抽查维保单位不少于10家', null, '市特种设备检验研究院', '2026年9月30日前'],
  ['3', '推进住宅小区老旧电梯更新改造，全年完成更新改造不少于300台', '市住房和城乡建设局', '市市场监督管理局，市财政局，各区人民政府', '2026年12月31日前'],
  ['4', '开展商场超市和大型商业综合体电梯、自动扶梯安全隐患整治', '市商务局', '市市场监督管理局，市消防救援支队', '2026年8月31日前'],
  ['5', '开展物流仓储企业起重机械、场（厂）内专用机动车辆专项检查', '市交通运输局', '市市场监督管理局，市邮政管理局', '2026年10月15日前'],
  ['6', '开展工贸企业固定式压力容器隐患排查，重点排查超期未检和安全阀失效', '市工业和信息化局', '市市场监督管理局，市应急管理局', '2026年11月30日前'],
  ['7', '开展景区、公园大型游乐设施安全巡查，每月至少开展一次联合巡查', '市文化广电旅游局', '市市场监督管理局，市特种设备检验研究院', '长期坚持'],
  ['8', '推行电梯安全责任保险试点，在芸渚区先行实施', '市地方金融管理局', '市市场监督管理局', '2026年10月31日前'],
  ['9', '完善电梯应急处置服务平台，电梯困人后救援人员30分钟内到达现场', '市特种设备检验研究院', '—', '2026年11月15日前'],
  ['10', '对专项整治开展督导检查，每季度至少开展一次督导', '市安全生产委员会办公室', '市市场监督管理局', '2026年12月15日前'],
  ['11', '建立特种设备使用单位安全信用分级分类监管制度', '市发展和改革委员会', '市市场监督管理局', '—'],
];

const line = { style: BorderStyle.SINGLE, size: 6, color: '000000' };
const borders = { top: line, bottom: line, left: line, right: line };
const W = [900, 3500, 1800, 2100, 1600];
const cell = (text, i, head, extra = {}) => new TableCell({
  width: { size: W[i], type: WidthType.DXA }, borders, verticalAlign: VerticalAlign.CENTER, ...extra,
  children: [new Paragraph({ alignment: head || i === 0 || i === 4 ? AlignmentType.CENTER : AlignmentType.LEFT, children: [new TextRun({ text, font: head ? HEI : FANG, size: 24 })] })],
});
function taskTable() {
  const rows = [new TableRow({ tableHeader: true, children: HEADER.map((t, i) => cell(t, i, true)) })];
  TASKS.forEach((row, k) => {
    const kids = [];
    row.forEach((t, i) => {
      if (t === null) return; // covered by the rowSpan cell above
      const span = i === 2 && TASKS[k + 1]?.[2] === null ? { rowSpan: 2 } : {};
      kids.push(cell(t, i, false, span));
    });
    rows.push(new TableRow({ cantSplit: true, children: kids }));
  });
  return new Table({ width: { size: W.reduce((a, b) => a + b, 0), type: WidthType.DXA }, columnWidths: W, rows });
}

export const BEFORE = [
  ['red', '漪川市人民政府办公室'],
  ['rule', '漪政办发〔2026〕11号'],
  ['title', '漪川市人民政府办公室关于印发漪川市特种设备安全隐患专项整治工作方案的通知'],
  ['empty'],
  ['plain', '芸渚区、澄湄区、菰浦区人民政府，市政府各部门、各直属机构：'],
  ['p', '《漪川市特种设备安全隐患专项整治工作方案》已经市人民政府同意，现印发给你们，请认真贯彻落实。'],
  ['right', '漪川市人民政府办公室'],
  ['right', '2026年3月20日'],
  ['plain', '（此件公开发布）'],
  ['title', '漪川市特种设备安全隐患专项整治工作方案'],
  ['empty'],
  ['p', '为深入排查整治全市特种设备安全隐患，有效防范电梯、起重机械、压力容器和大型游乐设施事故，保障人民群众生命财产安全，制定本方案。'],
  ['h', '一、工作目标'],
  ['p', '到2026年12月底，全市在用特种设备重大事故隐患实现动态清零，电梯困人故障率较2025年下降15%，特种设备使用单位主体责任进一步落实。'],
  ['h', '二、整治范围'],
  ['p', '全市在用的电梯、起重机械、固定式压力容器和大型游乐设施，重点是住宅小区电梯，商场超市和大型商业综合体的电梯、自动扶梯，物流仓储企业的起重机械和叉车。'],
  ['h', '三、时间安排'],
  ['p', '（一）动员部署阶段（2026年4月1日至4月15日）。各区人民政府和市有关部门制定实施计划，组织使用单位开展自查。'],
  ['p', '（二）排查整治阶段（2026年4月16日至10月31日）。全面排查、建立清单，对发现的隐患实行闭环整改。'],
  ['p', '（三）总结验收阶段（2026年11月1日至12月15日）。各牵头单位对照任务开展验收，总结经验做法。'],
  ['h', '四、任务分工'],
];
export const AFTER = [
  ['h', '五、工作要求'],
  ['p', '（一）加强组织领导。市人民政府成立特种设备安全隐患专项整治工作专班，专班办公室设在市市场监督管理局，负责日常调度和情况汇总。'],
  ['p', '（二）压实部门责任。物流仓储企业专项检查由市交通运输局牵头，会同有关部门制定检查指引并组织实施；各区人民政府对本辖区专项整治负属地责任。'],
  ['p', '（三）严格信息报送。各牵头单位于每月25日前将上月工作进展报送专班办公室；各区人民政府于2026年12月5日前将专项整治工作总结报送专班办公室。'],
  ['p', '（四）及时报告重大隐患。排查中发现重大事故隐患的，发现单位应当在24小时内报告专班办公室，由专班办公室实行挂牌督办。'],
  ['p', '联系人：市市场监督管理局特种设备安全监察处　韩叙之，电话：0482-3316207。'],
  ['empty'],
  ['cc', '抄送：市委办公室，市人大常委会办公室，市政协办公室。'],
  ['cc', '漪川市人民政府办公室　　　　2026年3月20日印发'],
];

function render(items) {
  const kids = [];
  for (const [kind, x] of items) {
    if (kind === 'red') kids.push(P(new TextRun({ text: x, font: BIAO, size: 52, color: 'D00000' }), { alignment: AlignmentType.CENTER, spacing: { before: 400, after: 200 } }));
    else if (kind === 'rule') kids.push(P(r(x), { alignment: AlignmentType.CENTER, border: { bottom: { style: BorderStyle.SINGLE, size: 18, color: 'D00000', space: 6 } } }));
    else if (kind === 'title') kids.push(P(new TextRun({ text: x, font: BIAO, size: 40 }), { alignment: AlignmentType.CENTER, spacing: { line: 640, lineRule: 'exact', before: 200 } }));
    else if (kind === 'plain') kids.push(P(r(x)));
    else if (kind === 'right') kids.push(P(r(x), { alignment: AlignmentType.RIGHT, indent: { right: 1280 } }));
    else if (kind === 'h') kids.push(P(new TextRun({ text: x, font: HEI, size: 32 }), { indent: { firstLine: 640 }, keepNext: true }));
    else if (kind === 'p') kids.push(bodyPara(x));
    else if (kind === 'cc') {
      const edge = (size) => ({ style: BorderStyle.SINGLE, size, color: '000000', space: 4 });
      kids.push(P(new TextRun({ text: x, font: FANG, size: 28 }), { indent: { left: 320, right: 320 }, border: { top: edge(12), bottom: edge(6) } }));
    } else if (kind === 'empty') kids.push(empty());
    else throw new Error(`unknown kind ${kind}`);
  }
  return kids;
}

if (process.argv[1]?.endsWith('gen-1-docx.mjs')) {
  const doc = new Document({
    creator: '漪川市人民政府办公室（虚构测试文档）', title: '漪川市特种设备安全隐患专项整治工作方案', description: 'Fictional evaluation document — p6 (漪川市) pack',
    styles: { default: { document: { run: { font: FANG, size: 32 } } } },
    sections: [{
      properties: { page: { size: { width: 11906, height: 16838 }, margin: { top: 2098, bottom: 1984, left: 1531, right: 1474, footer: 992 } } },
      footers: { default: pageFooter() },
      children: [...render(BEFORE), taskTable(), empty(), ...render(AFTER)],
    }],
  });
  await writeDocx(doc, FILE.d1, '2026-03-20T08:30:00Z', '漪川市人民政府办公室', DOCS);
}
