// Writes Doc 2 (fictional): 苎岩县安全生产委员会2026年第一次全体会议纪要 (〔2026〕1号, 县安委会办公室 2026-02-06), a
// 会议纪要 as a Word document: red masthead, 纪要 number, opening paragraph, 会议议定事项 一…十 (each its own paragraph,
// the responsible units written inline in different shapes: “由…牵头，…配合，…前完成”, “（责任单位：…；配合单位：…；
// 完成时限：…）”, “各乡镇负责…，下同”), then 出席/列席/请假/记录 (names and posts) and the 版记 with 抄送. DOCX.
// Every sentence and person was written for this pack. Fonts and the byte-reproducible writer: ../../p3/gen/docx-common.mjs.
import { Document, TextRun, AlignmentType, BorderStyle } from 'docx';
import { BIAO, FANG, HEI, P, r, bodyPara, empty, pageFooter, writeDocx } from '../../p3/gen/docx-common.mjs';
import { DOCS, FILE } from './common.mjs';

/** [kind, text]: red = masthead, no = 纪要 number line, issuer = 印发单位和日期 with the red rule, title, p = body
 *  paragraph, h = 黑体 heading paragraph, item = a 议定事项 (黑体 number run + text), list = 出席 etc., cc = 版记 line. */
export const ITEMS = [
  ['red', '苎岩县安全生产委员会会议纪要'],
  ['no', '〔2026〕1号'],
  ['issuer', '苎岩县安全生产委员会办公室　　　　　　2026年2月6日'],
  ['title', '苎岩县安全生产委员会2026年第一次全体会议纪要'],
  ['empty'],
  ['p', '2026年2月3日上午，县长、县安委会主任韦承钧在县政府三楼会议室主持召开县安委会2026年第一次全体会议。会议听取了县应急管理局关于茗溪矿业石槽沟尾矿库“11·8”坝体滑塌事故调查处理情况和全县非煤矿山、尾矿库安全形势的汇报，研究部署2026年全县非煤矿山和尾矿库安全生产工作。现将会议议定事项纪要如下。'],
  ['p', '会议指出，“11·8”事故暴露出企业主体责任不落实、属地巡查流于形式、部门监管不到位等突出问题，教训十分深刻。全县现有在用尾矿库均位于山区沟谷，其中“头顶库”下游居民集中，一旦发生溃坝后果不堪设想，各乡镇、各有关部门要以案为鉴，举一反三。'],
  ['h', '会议议定以下事项：'],
  ['item', '一、', '全面落实“11·8”事故调查报告提出的防范和整改措施。由县应急管理局牵头，县自然资源局、县水利局配合，建立整改任务清单和责任清单，逐项跟踪销号，6月底前完成全部整改任务。'],
  ['item', '二、', '开展尾矿库“头顶库”综合治理。县应急管理局负责制定全县“头顶库”综合治理方案，于2026年3月15日前报县人民政府。各乡镇负责属地尾矿库的日常巡查和下游居民应急疏散工作，下同。“头顶库”实行县级领导包保，包保责任人名单由县安委会办公室另行印发。'],
  ['item', '三、', '推进尾矿库在线安全监测系统升级改造，全县在用尾矿库全部接入省尾矿库安全监测预警平台。（责任单位：县应急管理局；配合单位：县工业和信息化局；完成时限：2026年7月31日前）'],
  ['item', '四、', '严厉打击非煤矿山非法违法开采行为。由县自然资源局牵头，县公安局、县应急管理局配合，开展无证开采、越界开采专项打击行动，9月底前完成。'],
  ['item', '五、', '加强非煤矿山外包工程安全管理。县应急管理局负责对外包施工单位的资质和现场安全管理开展专项检查，4月底前完成；县住房和城乡建设局配合核查施工资质。'],
  ['item', '六、', '做好尾矿库汛前检查。由县水利局牵头，县应急管理局配合，5月底前完成全县尾矿库排洪设施汛前检查，发现问题限期整改。'],
  ['item', '七、', '推进石槽村受威胁居民搬迁避让。（责任单位：茗溪镇人民政府；配合单位：县自然资源局、县财政局）于2026年8月31日前制定搬迁避让方案，报县人民政府审定。'],
  ['item', '八、', '建立非煤矿山企业安全生产周报制度。各非煤矿山企业每周一向县应急管理局报送《非煤矿山安全生产周报表》，县应急管理局汇总后报县安委会办公室。'],
  ['item', '九、', '强化执法检查。县应急管理局将全县尾矿库全部列为2026年度执法检查重点对象，每季度至少检查一次；“头顶库”每月至少检查一次。'],
  ['item', '十、', '县安委会办公室负责对以上议定事项落实情况进行督查，每季度通报一次，对工作滞后的单位进行约谈。'],
  ['empty'],
  ['list', '出席：韦承钧　县长、县安委会主任'],
  ['list', '　　　祁朗　副县长、县安委会常务副主任'],
  ['list', '　　　薛望川　县人民政府办公室主任'],
  ['list', '列席：葛闻舟　县应急管理局局长'],
  ['list', '　　　邬宗平　县自然资源局局长'],
  ['list', '　　　詹立诚　县水利局局长'],
  ['list', '　　　符绍康　县公安局副局长'],
  ['list', '　　　包启明　县工业和信息化局局长'],
  ['list', '　　　单永和　县住房和城乡建设局副局长'],
  ['list', '　　　柯一帆　茗溪镇人民政府镇长'],
  ['list', '请假：县财政局局长（因公外出）'],
  ['list', '记录：聂小满　县安委会办公室'],
  ['empty'],
  ['cc', '抄送：磬峪市安全生产委员会办公室，县委办公室，县人大常委会办公室，县政协办公室。'],
  ['cc2', '苎岩县安全生产委员会办公室　　　　　　2026年2月6日印发'],
];

function render(items) {
  const kids = [];
  const edge = (size) => ({ style: BorderStyle.SINGLE, size, color: '000000', space: 4 });
  for (const [kind, x, y] of items) {
    if (kind === 'red') kids.push(P(new TextRun({ text: x, font: BIAO, size: 52, color: 'D00000' }), { alignment: AlignmentType.CENTER, spacing: { before: 400, after: 200 } }));
    else if (kind === 'no') kids.push(P(r(x), { alignment: AlignmentType.CENTER }));
    else if (kind === 'issuer') kids.push(P(r(x), { alignment: AlignmentType.CENTER, border: { bottom: { style: BorderStyle.SINGLE, size: 18, color: 'D00000', space: 6 } } }));
    else if (kind === 'title') kids.push(P(new TextRun({ text: x, font: BIAO, size: 40 }), { alignment: AlignmentType.CENTER, spacing: { line: 640, lineRule: 'exact', before: 200 } }));
    else if (kind === 'p') kids.push(bodyPara(x));
    else if (kind === 'h') kids.push(P(new TextRun({ text: x, font: HEI, size: 32 }), { indent: { firstLine: 640 } }));
    else if (kind === 'item') kids.push(P([new TextRun({ text: x, font: HEI, size: 32 }), r(y)], { indent: { firstLine: 640 }, alignment: AlignmentType.JUSTIFIED }));
    else if (kind === 'list') kids.push(P(r(x), { indent: { left: 640 } }));
    else if (kind === 'cc') kids.push(P(new TextRun({ text: x, font: FANG, size: 28 }), { indent: { left: 320, right: 320 }, border: { top: edge(12), bottom: edge(6) } }));
    else if (kind === 'cc2') kids.push(P(new TextRun({ text: x, font: FANG, size: 28 }), { indent: { left: 320, right: 320 }, border: { bottom: edge(12) } }));
    else if (kind === 'empty') kids.push(empty());
    else throw new Error(`unknown kind ${kind}`);
  }
  return kids;
}

if (process.argv[1]?.endsWith('gen-2-docx.mjs')) {
  const doc = new Document({
    creator: '苎岩县安全生产委员会办公室（虚构测试文档）', title: '苎岩县安全生产委员会2026年第一次全体会议纪要', description: 'Fictional evaluation document — p8 (蓠峤省) pack',
    styles: { default: { document: { run: { font: FANG, size: 32 } } } },
    sections: [{
      properties: { page: { size: { width: 11906, height: 16838 }, margin: { top: 2098, bottom: 1984, left: 1531, right: 1474, footer: 992 } } },
      footers: { default: pageFooter() },
      children: render(ITEMS),
    }],
  });
  await writeDocx(doc, FILE.d2, '2026-02-06T08:30:00Z', '苎岩县安全生产委员会办公室', DOCS);
}
