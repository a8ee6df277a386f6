// Writes Doc 4 (fictional): a saved web page of the 璞岭省应急管理厅 site carrying the 一问一答 政策解读 of the amended
// 《璞岭省化工园区和危险化学品安全管理办法》 (Doc 1), published 2025-10-10. Questions are <h3>, answers <p>; navigation,
// breadcrumb, related links and footer are site boilerplate. UTF-8, LF. Every sentence was written for this pack.
import fs from 'node:fs';
import path from 'node:path';
import { DOCS, FILE } from './common.mjs';

export const TITLE = '《璞岭省化工园区和危险化学品安全管理办法》修正政策解读';
/** [question, [answer paragraphs]] */
export const QA = [
  ['一、为什么要修正《办法》？', [
    '《璞岭省化工园区和危险化学品安全管理办法》自2023年8月1日施行以来，对规范全省化工园区建设、强化危险化学品储存经营使用安全发挥了重要作用。为解决重大危险源监测数据接入不及时、剧毒化学品和易制爆危险化学品流向追溯链条不完整等问题，省人民政府于2025年9月26日以省人民政府令第203号公布修正决定。',
    '修正后的《办法》自2025年11月1日起施行。',
  ]],
  ['二、《办法》的适用范围是什么？', [
    '《办法》适用于本省行政区域内化工园区的规划、建设和安全管理，以及危险化学品的储存、经营、使用及其监督管理。危险化学品的生产和运输安全不在《办法》调整范围内，仍然依照国家有关规定执行。',
    '加油站、加气站不执行化工园区周边距离和储存经营一章的一般规定，但要遵守《办法》第十八条关于卸油作业专人监护和便利店不得存放、销售危险化学品的专门要求。',
  ]],
  ['三、这次修正主要改了哪些内容？', [
    '一是在第十四条增加一款，要求构成一级、二级重大危险源的储存单位将监测数据接入省危险化学品安全风险监测预警系统；二是将剧毒化学品、易制爆危险化学品销售记录及相关证明材料的保存期限延长至3年；三是增加第二十八条，对未按要求接入监测数据的行为设定罚则；四是增加第三十三条过渡条款。',
  ]],
  ['四、化工园区周边的安全距离是怎么规定的？', [
    '国务院《危险化学品安全管理条例》要求危险化学品储存设施与人员密集场所等的距离符合国家有关规定。《办法》在此基础上明确，新建化工园区的边界与居住区、学校、医院、养老机构等人员密集场所的距离不得少于500米。',
    '修正施行前已经认定的化工园区，要在2026年12月31日前完成周边安全控制区的划定。',
  ]],
  ['五、不带储存设施的危险化学品经营企业要注意什么？', [
    '这类企业俗称“挂票经营”企业，必须有不少于30平方米的固定办公场所，不能把办公场所设在居民住宅内，也不能在经营场所存放任何危险化学品。违反规定存放的，由应急管理部门处1万元以上3万元以下的罚款。',
  ]],
  ['六、使用危险化学品的工贸企业要落实哪些要求？', [
    '工贸企业要建立危险化学品使用台账，车间内的存放量不得超过当班生产使用量；使用液氨、液氯等有毒气体的，要设置泄漏检测报警装置，液氨存量达到5吨的还要设置紧急切断装置。',
  ]],
  ['七、企业发现重大事故隐患后怎么报告？', [
    '危险化学品单位发现重大事故隐患，要立即采取管控措施，并在2小时内向所在地县级应急管理部门报告，不得迟报、漏报、瞒报。',
  ]],
  ['八、监管部门多长时间检查一次？', [
    '《办法》规定的是最低检查频次：构成一级、二级重大危险源的单位每年至少检查2次，化工园区内其他危险化学品单位每年至少检查1次。各设区的市可以结合本地实际，在年度监督检查计划中提高检查频次。',
  ]],
];
const esc = (s) => s.replace(/&/gu, '&amp;').replace(/</gu, '&lt;').replace(/>/gu, '&gt;');
export function html() {
  const body = QA.map(([q, as]) => [`        <h3>${esc(q)}</h3>`, ...as.map((a) => `        <p>${esc(a)}</p>`)].join('\n')).join('\n');
  return `<!DOCTYPE html>
<html lang="zh-CN">
<head>
  <meta charset="utf-8">
  <title>${esc(TITLE)}_政策解读_璞岭省应急管理厅</title>
  <meta name="keywords" content="化工园区,危险化学品,政策解读,修正">
  <link rel="stylesheet" href="../css/common.css">
  <script src="../js/common.js"></script>
  <script>var _hits = 0; function countHits() { _hits += 1; }</script>
</head>
<body>
  <div class="header">
    <div class="logo">璞岭省应急管理厅</div>
    <div class="tools"><a href="#">繁体版</a> | <a href="#">适老化模式</a> | <a href="#">无障碍</a></div>
  </div>
  <nav class="menu">
    <ul>
      <li><a href="../index.html">首页</a></li>
      <li><a href="../xxgk/index.html">信息公开</a></li>
      <li><a href="../zcfg/index.html">政策法规</a></li>
      <li><a href="../bsfw/index.html">办事服务</a></li>
      <li><a href="../hdjl/index.html">互动交流</a></li>
    </ul>
  </nav>
  <div class="location">您现在的位置：<a href="../index.html">首页</a> &gt; <a href="../zcfg/index.html">政策法规</a> &gt; 政策解读</div>
  <div class="container">
    <div class="article">
      <h1>${esc(TITLE)}</h1>
      <div class="meta">发布日期：2025-10-10　来源：璞岭省应急管理厅危险化学品安全监督管理处　字号：<a href="#">大</a> <a href="#">中</a> <a href="#">小</a></div>
      <div class="TRS_Editor">
${body}
      </div>
      <div class="related">
        <p>相关文件：<a href="#">璞岭省化工园区和危险化学品安全管理办法</a></p>
      </div>
      <div class="share">分享：<a href="#">微信</a> <a href="#">微博</a>　<a href="javascript:window.print()">【打印】</a>　<a href="javascript:window.close()">【关闭】</a></div>
    </div>
  </div>
  <footer class="foot">
    <p><a href="#">关于我们</a> | <a href="#">网站地图</a> | <a href="#">联系我们</a></p>
    <p>主办单位：璞岭省应急管理厅　技术支持：璞岭省大数据中心</p>
    <p>（本页为虚构测试文档，p7 pack）</p>
  </footer>
</body>
</html>
`;
}
if (process.argv[1]?.endsWith('gen-4-html.mjs')) {
  fs.mkdirSync(DOCS, { recursive: true });
  const file = path.join(DOCS, FILE.d4);
  fs.writeFileSync(file, html());
  console.log(`wrote ${file}`);
}
