// Writes Doc 3 (fictional): 湝宁市人民政府办公厅关于印发湝宁市大型商业综合体火灾事故应急预案的通知 (湝政办发〔2026〕11号, 印发
// 2026-04-08, the 预案 自印发之日起实施, 有效期5年; it repeals the 2018 商场市场 预案), a 规范性文件 of the 直辖市's 市政府办公厅,
// as a Word 公文: red masthead, 文号 over a red rule, the cover notice, then on a new page the 预案 numbered 1 / 1.1 (黑体 and
// 楷体 headings): 组织指挥体系 (市指挥部 总指挥 and 副总指挥, one paragraph per 成员单位 “市商务委：负责…；”, the 区、县 指挥机构
// and the clause that lets a 区、县 shorten 报告时限, raise 演练 frequency or move its own 部门分工), 信息报告 (15分钟 / 30分钟 /
// 1小时), a Word table 响应分级 (响应级别 / 启动条件 / 启动和指挥, four rows Ⅰ–Ⅳ), 响应措施, 后期处置, 预案演练 and 修订, 附则.
// Every sentence was written for this pack; national texts are only named.
import { TextRun, AlignmentType, BorderStyle, Document, Paragraph, Table, TableRow, TableCell, WidthType, VerticalAlign } from 'docx';
import { BIAO, HEI, KAI, EXACT, P, r, bodyPara, empty, pageFooter, writeDocx } from '../../p3/gen/docx-common.mjs';
import { DOCS, FILE } from './common.mjs';

export const TITLE = '湝宁市大型商业综合体火灾事故应急预案';
export const TABLE_HEAD = ['响应级别', '启动条件', '启动和指挥'];
export const LEVELS = [
  ['Ⅰ级响应', '造成或者可能造成10人以上死亡，或者被困人员50人以上，或者火灾蔓延至整栋建筑', '由市指挥部总指挥决定启动，总指挥统一指挥'],
  ['Ⅱ级响应', '造成或者可能造成3人以上10人以下死亡，或者被困人员20人以上50人以下', '由市指挥部总指挥或者其授权的副总指挥决定启动并指挥'],
  ['Ⅲ级响应', '造成或者可能造成1人以上3人以下死亡，或者被困人员5人以上20人以下，或者火灾蔓延至两个以上防火分区', '由市指挥部办公室主任决定启动，市应急局局长指挥'],
  ['Ⅳ级响应', '未造成人员死亡，且被困人员不足5人的火灾', '由事发地区、县人民政府决定启动并指挥，市指挥部办公室跟踪指导'],
];
/** [kind, text]: the 公文 in order; every kind but 'table' and 'empty' is one paragraph (a verifier unit); a table row is one unit. */
export const PARAS = [
  ['masthead', '湝宁市人民政府办公厅文件'],
  ['docno', '湝政办发〔2026〕11号'],
  ['empty'],
  ['title', '湝宁市人民政府办公厅关于印发湝宁市大型商业综合体火灾事故应急预案的通知'],
  ['empty'],
  ['plain', '各区、县人民政府，市政府各委、办、局，各市属机构：'],
  ['p', '经市政府同意，现将《湝宁市大型商业综合体火灾事故应急预案》印发给你们，请认真组织实施。2018年印发的《湝宁市商场市场火灾事故应急预案》（湝政办发〔2018〕37号）同时废止。'],
  ['empty'],
  ['right', '湝宁市人民政府办公厅'],
  ['right', '2026年4月8日'],
  ['plain', '（此件公开发布）'],
  ['rulesTitle', TITLE],
  ['h1', '1　总则'],
  ['h2', '1.1　编制目的'],
  ['p', '为规范本市大型商业综合体火灾事故应对工作，最大程度减少人员伤亡和财产损失，维护公共安全和社会稳定，制定本预案。'],
  ['h2', '1.2　编制依据'],
  ['p', '依据《中华人民共和国消防法》《中华人民共和国安全生产法》《生产安全事故应急条例》《生产安全事故报告和调查处理条例》《湝宁市人员密集场所消防安全管理条例》等法律法规，制定本预案。'],
  ['h2', '1.3　适用范围'],
  ['p', '本预案适用于本市行政区域内大型商业综合体发生火灾事故的应对工作。其他人员密集场所发生火灾事故的应对，参照本预案执行。'],
  ['h2', '1.4　工作原则'],
  ['p', '坚持人民至上、生命至上，统一领导、分级负责，属地为主、部门联动，快速反应、科学处置。'],
  ['h1', '2　组织指挥体系'],
  ['h2', '2.1　市级指挥机构'],
  ['p', '市人民政府设立湝宁市大型商业综合体火灾事故应急指挥部（以下简称市指挥部），总指挥由分管应急管理工作的副市长担任，副总指挥由市政府协助分管应急管理工作的副秘书长、市应急局局长和市消防救援总队总队长担任。'],
  ['p', '市指挥部办公室设在市应急局，办公室主任由市应急局局长兼任，负责市指挥部的日常工作。'],
  ['h2', '2.2　成员单位职责'],
  ['p', '市指挥部成员单位及其职责如下：'],
  ['p', '市应急局：负责市指挥部办公室日常工作，组织协调应急处置，汇总上报事故信息，组织事故调查评估；'],
  ['p', '市消防救援总队：负责火灾扑救和被困人员搜救，统一组织和指挥火灾现场扑救，开展火灾原因调查；'],
  ['p', '市商务委：负责督促大型商业综合体经营管理单位落实应急准备，组织协调商户疏散和生活必需品市场供应；'],
  ['p', '市住房城乡建设委：负责组织建筑结构安全评估，协调大型施工机械参与救援，指导受损建筑的排险加固；'],
  ['p', '市公安局：负责现场警戒和治安秩序维护，实施交通管制，依法查处事故涉嫌犯罪行为；'],
  ['p', '市卫生健康委：负责组织伤员医疗救治和卫生防疫，统计伤员救治情况；'],
  ['p', '市交通委：负责组织应急运输车辆，协调轨道交通站点临时封站、甩站和客流疏导；'],
  ['p', '市民政局：负责指导受灾人员临时安置和遇难人员遗体处置；'],
  ['p', '市城市管理委：负责协调燃气、电力、供热等单位切断或者恢复事故现场能源供应；'],
  ['p', '市市场监管局：负责为事故涉及的电梯、自动扶梯等特种设备提供安全技术支持；'],
  ['p', '市委宣传部：负责组织新闻发布和舆论引导，协调媒体采访报道。'],
  ['h2', '2.3　区、县指挥机构'],
  ['p', '各区、县人民政府参照市指挥部设立本级大型商业综合体火灾事故应急指挥机构，负责Ⅳ级响应的组织指挥和其他级别响应的先期处置。区、县有关部门参照市级成员单位职责履行职责，其中区、县商务部门负责组织商户和顾客疏散引导，区、县民政部门负责受灾人员临时安置。'],
  ['p', '崟山县等远郊区、县应当依托乡镇专职消防队和大型商业综合体微型消防站建立先期处置力量。'],
  ['p', '区、县人民政府或者其应急管理部门可以结合本行政区域实际，缩短本预案规定的信息报告时限，提高本级演练频次，或者调整本级部门分工，并报市应急局备案。'],
  ['h2', '2.4　现场指挥部'],
  ['p', '事故发生后，根据响应级别设立现场指挥部。Ⅰ级、Ⅱ级响应由市指挥部总指挥或者其指定的副总指挥担任现场总指挥；Ⅲ级响应由市应急局局长担任现场总指挥；Ⅳ级响应由事发地区、县人民政府负责人担任现场总指挥。火灾现场扑救由消防救援机构统一组织和指挥。'],
  ['h2', '2.5　专家组'],
  ['p', '市指挥部办公室建立由消防、建筑结构、电气、燃气、医疗救护等方面专家组成的专家组，为应急处置提供技术支持。'],
  ['h1', '3　风险防控和信息报告'],
  ['h2', '3.1　风险防控'],
  ['p', '大型商业综合体经营管理单位应当落实《湝宁市人员密集场所消防安全管理条例》规定的防火巡查、防火检查和微型消防站建设等要求，每年将本单位灭火和应急疏散预案报所在地区、县应急管理部门备案。'],
  ['h2', '3.2　信息报告'],
  ['p', '（一）大型商业综合体发生火灾后，事发单位应当立即拨打“119”报警，并于事发后15分钟内向所在地区、县应急管理部门和消防救援支队报告。'],
  ['p', '（二）区、县应急管理部门接报后，应当于30分钟内电话报告市应急局，1小时内书面报告；涉及人员死亡或者被困人员10人以上的，应当同时报告区、县人民政府和市指挥部办公室。'],
  ['p', '（三）市应急局接到Ⅱ级以上响应事故报告后，应当立即报告市人民政府，并按照国家有关规定报告应急管理部。'],
  ['p', '（四）应急处置期间，区、县应急管理部门应当每1小时续报一次处置进展，直至应急响应终止。火灾发生之日起7日内伤亡人数发生变化的，应当及时补报。'],
  ['h1', '4　应急响应'],
  ['h2', '4.1　响应分级'],
  ['p', '按照火灾事故的严重程度、被困人员数量和发展态势，市级应急响应由高到低分为Ⅰ级、Ⅱ级、Ⅲ级、Ⅳ级，具体条件见下表。'],
  ['table'],
  ['h2', '4.2　响应措施'],
  ['p', '（一）事发单位立即启动本单位灭火和应急疏散预案，组织微型消防站处置初起火灾，引导顾客疏散，疏散完毕后清点人数并报告现场指挥部。'],
  ['p', '（二）消防救援机构接警后，辖区消防救援站第一出动力量应当在接警后1分钟内出动，根据火情调派增援力量。'],
  ['p', '（三）市卫生健康委组织院前急救力量在接到指令后30分钟内到达现场，开展伤员分类救治和转运。'],
  ['p', '（四）市公安局对事故现场周边道路实施交通管制，开辟应急救援通道；市交通委协调事故现场周边轨道交通站点封站、甩站。'],
  ['p', '（五）Ⅰ级、Ⅱ级响应启动后，市委宣传部应当在5小时内发布权威信息，在24小时内举行新闻发布会。'],
  ['h2', '4.3　响应调整和终止'],
  ['p', '事态扩大或者缓解的，由启动响应的机构及时调整响应级别。遇险人员全部获救、火灾扑灭、次生灾害消除后，由启动响应的机构决定终止响应。'],
  ['h1', '5　后期处置'],
  ['h2', '5.1　善后处置'],
  ['p', '事发地区、县人民政府负责善后处置工作，商务部门协调受影响商户尽快恢复经营。'],
  ['h2', '5.2　事故调查'],
  ['p', '火灾事故调查按照《生产安全事故报告和调查处理条例》和国家有关规定进行。'],
  ['h2', '5.3　总结评估'],
  ['p', '应急响应终止后20个工作日内，市指挥部办公室或者事发地区、县应急管理部门应当完成应急处置总结评估。'],
  ['h1', '6　应急保障'],
  ['p', '大型商业综合体微型消防站纳入全市应急救援力量体系，接受消防救援机构统一调度。应急处置所需经费按照事权划分由市和区、县财政予以保障。'],
  ['h1', '7　预案管理'],
  ['h2', '7.1　预案演练'],
  ['p', '市应急局会同市消防救援总队每年至少组织一次全市大型商业综合体火灾事故应急演练；各区、县每年至少组织一次本级演练。大型商业综合体经营管理单位应当按照《湝宁市人员密集场所消防安全管理条例》组织灭火和应急疏散演练，并每年至少与所在地消防救援支队开展一次联合演练。'],
  ['h2', '7.2　预案修订'],
  ['p', '本预案由市应急局组织评估，原则上每3年修订一次。依据的法律法规发生重大变化、应急指挥机构及其职责发生调整，或者在演练和应急处置中发现重大问题的，应当及时修订。'],
  ['h2', '7.3　宣传培训'],
  ['p', '市应急局、市商务委会同市消防救援总队每年组织一次大型商业综合体经营管理单位负责人应急管理培训。'],
  ['h1', '8　附则'],
  ['p', '8.1　本预案所称“以上”包括本数，“以下”不包括本数。'],
  ['p', '8.2　本预案由市应急局负责解释。'],
  ['p', '8.3　本预案自印发之日起实施，有效期5年。'],
];

const cell = (text, { bold = false, width } = {}) => new TableCell({
  width: { size: width, type: WidthType.DXA },
  verticalAlign: VerticalAlign.CENTER,
  children: [new Paragraph({ alignment: bold ? AlignmentType.CENTER : AlignmentType.LEFT, children: [new TextRun({ text, font: bold ? HEI : KAI, size: 24 })] })],
});
function levelTable() {
  const widths = [1500, 4400, 2900];
  const row = (cells, bold) => new TableRow({ ...(bold ? { tableHeader: true } : {}), cantSplit: true, children: cells.map((t, i) => cell(t, { bold: bold || i === 0, width: widths[i] })) });
  return new Table({ width: { size: 8800, type: WidthType.DXA }, columnWidths: widths, rows: [row(TABLE_HEAD, true), ...LEVELS.map((l) => row(l, false))] });
}
function render(items) {
  const kids = [];
  for (const [kind, x] of items) {
    if (kind === 'masthead') kids.push(P(new TextRun({ text: x, font: BIAO, size: 60, color: 'D00000' }), { alignment: AlignmentType.CENTER, spacing: { before: 560, after: 280 } }));
    else if (kind === 'docno') kids.push(P(r(x), { alignment: AlignmentType.CENTER, spacing: { ...EXACT, after: 120 }, border: { bottom: { style: BorderStyle.SINGLE, size: 18, color: 'D00000', space: 6 } } }));
    else if (kind === 'title') kids.push(P(new TextRun({ text: x, font: BIAO, size: 44 }), { alignment: AlignmentType.CENTER, spacing: { line: 680, lineRule: 'exact' } }));
    else if (kind === 'rulesTitle') kids.push(P(new TextRun({ text: x, font: BIAO, size: 40 }), { alignment: AlignmentType.CENTER, pageBreakBefore: true, spacing: { line: 640, lineRule: 'exact', after: 200 } }));
    else if (kind === 'plain') kids.push(P(r(x)));
    else if (kind === 'right') kids.push(P(r(x), { alignment: AlignmentType.RIGHT, indent: { right: 1280 } }));
    else if (kind === 'h1') kids.push(P(new TextRun({ text: x, font: HEI, size: 32 }), { indent: { firstLine: 640 }, keepNext: true }));
    else if (kind === 'h2') kids.push(P(new TextRun({ text: x, font: KAI, size: 32, bold: true }), { indent: { firstLine: 640 }, keepNext: true }));
    else if (kind === 'p') kids.push(bodyPara(x));
    else if (kind === 'table') kids.push(levelTable());
    else if (kind === 'empty') kids.push(empty());
    else throw new Error(`unknown kind ${kind}`);
  }
  return kids;
}
if (process.argv[1]?.endsWith('gen-3-docx.mjs')) {
  const doc = new Document({
    creator: '湝宁市人民政府办公厅（虚构测试文档）', title: TITLE, description: 'Fictional evaluation document — p12 (湝宁市) pack',
    styles: { default: { document: { run: { font: { ascii: 'Times New Roman', hAnsi: 'Times New Roman', eastAsia: '仿宋_GB2312' }, size: 32 } } } },
    sections: [{
      properties: { page: { size: { width: 11906, height: 16838 }, margin: { top: 2098, bottom: 1984, left: 1531, right: 1474, footer: 992 } } },
      footers: { default: pageFooter() },
      children: render(PARAS),
    }],
  });
  await writeDocx(doc, FILE.d3, '2026-04-08T01:30:00Z', '湝宁市人民政府办公厅', DOCS);
}
