// Writes Doc 3 (fictional): a saved web page of the 磬峪市应急管理局 site carrying 磬峪市安全生产委员会办公室关于对堇坪县
// 铜坳矿业有限公司重大事故隐患挂牌督办的通知 (磬安办〔2026〕11号, 2026-03-12): hazards （一）…（三）, 整改期限, 督办单位,
// 整改期间要求, 销号程序, contact person and phone. Body paragraphs are <p>; navigation, breadcrumb, related links, share
// bar and footer are site furniture. UTF-8, LF. Every sentence, company, person and phone was written for this pack.
import fs from 'node:fs';
import path from 'node:path';
import { DOCS, FILE } from './common.mjs';

export const TITLE = '磬峪市安全生产委员会办公室关于对堇坪县铜坳矿业有限公司重大事故隐患挂牌督办的通知';
export const PHONE = '0507-6283194';
/** Body paragraphs in order ([tag, text]). */
export const BODY = [
  ['p', '磬安办〔2026〕11号'],
  ['p', '堇坪县人民政府，堇坪县铜坳矿业有限公司：'],
  ['p', '2026年3月5日，市应急管理局组织专家对堇坪县铜坳矿业有限公司（以下简称铜坳矿业）开展执法检查，发现该公司坳背尾矿库和井下存在以下重大事故隐患。根据《中华人民共和国安全生产法》和有关规定，市安委会办公室决定对上述重大事故隐患实行挂牌督办。现将有关事项通知如下。'],
  ['h2', '一、重大事故隐患'],
  ['p', '（一）坳背尾矿库干滩长度小于设计最小干滩长度。该库设计最小干滩长度60米，检查时实测干滩长度38米。'],
  ['p', '（二）坳背尾矿库排洪隧洞进水口被尾砂和杂物部分堵塞，排洪能力不能满足设计要求。'],
  ['p', '（三）井下-230米中段仅有1个通往上一中段的安全出口，不满足每个中段至少2个安全出口的要求。'],
  ['h2', '二、整改期限'],
  ['p', '第（一）项、第（二）项隐患应当于2026年4月30日前整改完成。'],
  ['p', '第（三）项隐患应当于2026年6月15日前整改完成。'],
  ['h2', '三、督办单位'],
  ['p', '挂牌督办单位为磬峪市安全生产委员会办公室；责任督办单位为堇坪县人民政府，由堇坪县应急管理局负责日常督促和现场核查。'],
  ['h2', '四、整改期间要求'],
  ['p', '（一）隐患整改完成前，铜坳矿业应当停止坳背尾矿库尾矿排放，-230米中段停止采矿作业，并撤出作业人员。'],
  ['p', '（二）铜坳矿业应当制定隐患治理方案，明确治理目标、措施、资金、时限和责任人员，于2026年3月20日前报堇坪县应急管理局。'],
  ['p', '（三）整改期间，铜坳矿业应当每日对坳背尾矿库开展人工巡查，每周向堇坪县应急管理局书面报告一次整改进展。'],
  ['h2', '五、销号程序'],
  ['p', '隐患整改完成后，铜坳矿业应当组织技术人员和专家对整改情况进行评估，形成评估报告，向堇坪县应急管理局提出销号申请。堇坪县应急管理局自收到申请之日起10个工作日内组织现场核查，核查合格的，报经堇坪县人民政府同意后，提请市安委会办公室审核销号。'],
  ['p', '逾期未完成整改或者核查不合格的，由堇坪县应急管理局依法责令停产停业整顿，并提请市安委会办公室约谈堇坪县人民政府分管负责同志。'],
  ['p', `联系人：市应急管理局非煤矿山安全监督管理科　严望舟，电话：${PHONE}。`],
  ['sign', '磬峪市安全生产委员会办公室'],
  ['sign', '2026年3月12日'],
];
const esc = (s) => s.replace(/&/gu, '&amp;').replace(/</gu, '&lt;').replace(/>/gu, '&gt;');
export function html() {
  const body = BODY.map(([t, x]) => (t === 'h2' ? `        <h2>${esc(x)}</h2>` : t === 'sign' ? `        <p style="text-align:right">${esc(x)}</p>` : `        <p>${esc(x)}</p>`)).join('\n');
  return `<!DOCTYPE html>
<html lang="zh-CN">
<head>
  <meta charset="utf-8">
  <title>${esc(TITLE)}_通知公告_磬峪市应急管理局</title>
  <meta name="keywords" content="挂牌督办,重大事故隐患,尾矿库,非煤矿山">
  <link rel="stylesheet" href="../../css/main.css">
  <script src="../../js/jquery.min.js"></script>
  <script>function setFont(s) { document.getElementById('zoom').style.fontSize = s + 'px'; }</script>
</head>
<body>
  <div class="top-bar">
    <div class="site-name">磬峪市应急管理局</div>
    <div class="links"><a href="#">无障碍浏览</a> | <a href="#">长者模式</a> | <a href="#">English</a></div>
  </div>
  <nav class="main-nav">
    <ul>
      <li><a href="../../index.html">首页</a></li>
      <li><a href="../../zwgk/index.html">政务公开</a></li>
      <li><a href="../../tzgg/index.html">通知公告</a></li>
      <li><a href="../../aqsc/index.html">安全生产</a></li>
      <li><a href="../../yjjy/index.html">应急救援</a></li>
      <li><a href="../../gzhd/index.html">公众互动</a></li>
    </ul>
  </nav>
  <div class="crumb">当前位置：<a href="../../index.html">首页</a> &gt; <a href="../../tzgg/index.html">通知公告</a> &gt; 正文</div>
  <div class="main">
    <div class="detail">
      <h1>${esc(TITLE)}</h1>
      <div class="info">发布时间：2026-03-12 16:20　信息来源：磬峪市应急管理局　浏览次数：<span id="hits">--</span>　【字体：<a href="javascript:setFont(18)">大</a> <a href="javascript:setFont(16)">中</a> <a href="javascript:setFont(14)">小</a>】</div>
      <div id="zoom" class="content">
${body}
      </div>
      <div class="attach">
        <p>相关链接：<a href="#">市应急管理局关于开展2026年非煤矿山安全执法检查的通知</a></p>
      </div>
      <div class="tools">【<a href="javascript:window.print()">打印本页</a>】　【<a href="javascript:window.close()">关闭窗口</a>】　分享到：<a href="#">微信</a> <a href="#">微博</a></div>
    </div>
  </div>
  <footer class="site-footer">
    <p><a href="#">网站地图</a> | <a href="#">联系我们</a> | <a href="#">隐私声明</a></p>
    <p>主办：磬峪市应急管理局　承办：磬峪市应急管理局办公室</p>
    <p>（本页为虚构测试文档，p8 pack）</p>
  </footer>
</body>
</html>
`;
}
if (process.argv[1]?.endsWith('gen-3-html.mjs')) {
  fs.mkdirSync(DOCS, { recursive: true });
  const file = path.join(DOCS, FILE.d3);
  fs.writeFileSync(file, html());
  console.log(`wrote ${file}`);
}
