// Writes Doc 3 (fictional): a saved web page of the 芸渚区 government site carrying 芸渚区安全生产委员会办公室关于开展
// 商场超市和大型商业综合体特种设备安全专项检查的通知, 芸安办〔2026〕9号 (2026-04-22). Duties are written as sentences;
// item （一） sets a default for the 各街道办事处 (“以下各项不再列出”) that carries forward to the later items.
// Navigation, breadcrumbs and footer are site boilerplate. UTF-8, LF. Every sentence was written for this pack.
import fs from 'node:fs';
import path from 'node:path';
import { DOCS, FILE } from './common.mjs';

export const TITLE = '芸渚区安全生产委员会办公室关于开展商场超市和大型商业综合体特种设备安全专项检查的通知';
/** The body paragraphs, in order (each becomes one <p>). */
export const BODY = [
  '芸安办〔2026〕9号',
  '各街道办事处，区市场监管局、区商务局、区文化和旅游局、区应急管理局、区消防救援大队：',
  '为落实《漪川市特种设备安全隐患专项整治工作方案》（漪政办发〔2026〕11号）部署，切实消除本区商场超市和大型商业综合体电梯、自动扶梯和游乐设施安全隐患，经区安委会同意，决定在全区开展特种设备安全专项检查。现将有关事项通知如下。',
  '一、检查范围',
  '本区营业面积5000平方米以上的商场超市和大型商业综合体，以及其内设的电梯、自动扶梯、自动人行道和室内游乐设施。营业面积不足5000平方米的商场超市，由所在街道结合日常巡查一并检查。',
  '二、职责分工',
  '（一）各街道办事处负责辖区内商场超市和大型商业综合体的摸底造册、日常巡查和隐患整改跟踪，以下各项不再列出。',
  '（二）区市场监管局每月组织一次对重点商场综合体电梯和自动扶梯的监督抽查，每次抽查的自动扶梯不少于辖区在用总数的20%。',
  '（三）区商务局负责督促商场超市和综合体经营单位开展自查自改，组织经营单位于2026年5月20日前完成自查并报送自查表。',
  '（四）区文化和旅游局每两周组织一次对综合体内室内游乐设施的巡查，重点查看安全压杠、安全带和防护网是否完好。',
  '（五）区消防救援大队配合区商务局，结合消防监督检查查看自动扶梯周边疏散通道是否畅通。',
  '（六）区应急管理局负责专项检查的综合协调，每季度向区安委会报告一次检查情况。',
  '三、时间安排',
  '（一）企业自查阶段：2026年4月25日至5月20日。',
  '（二）集中检查阶段：2026年5月21日至7月31日。',
  '（三）总结阶段：区市场监管局于2026年8月15日前将专项检查总结报送区安委办。',
  '四、工作要求',
  '各街道办事处和区有关部门于每月28日前向区安委办报送上月检查进展。检查中发现重大事故隐患的，应当立即责令停止使用相关设备，并在2小时内报告区安委办。',
  '联系人：区市场监管局特种设备安全科　卢沁白，电话：0482-6625814。',
  '芸渚区安全生产委员会办公室',
  '2026年4月22日',
];
const esc = (s) => s.replace(/&/gu, '&amp;').replace(/</gu, '&lt;').replace(/>/gu, '&gt;');
export function html() {
  const p = BODY.map((t, i) => {
    if (/^[一二三四五六七八九十]+、/u.test(t)) return `        <h3>${esc(t)}</h3>`;
    if (i === 0) return `        <p class="docno">${esc(t)}</p>`;
    if (i >= BODY.length - 2) return `        <p class="sign">${esc(t)}</p>`;
    return `        <p>${esc(t)}</p>`;
  }).join('\n');
  return `<!DOCTYPE html>
<html lang="zh-CN">
<head>
  <meta charset="utf-8">
  <title>${esc(TITLE)}_通知公告_漪川市芸渚区人民政府</title>
  <meta name="keywords" content="特种设备,电梯,自动扶梯,专项检查">
  <link rel="stylesheet" href="../css/main.css">
  <script src="../js/jquery.min.js"></script>
</head>
<body>
  <div class="top">
    <div class="logo">漪川市芸渚区人民政府</div>
    <div class="toolbar"><a href="#">无障碍浏览</a> | <a href="#">长者模式</a> | <a href="#">登录</a></div>
  </div>
  <nav class="nav">
    <ul>
      <li><a href="../index.html">首页</a></li>
      <li><a href="../zwgk/index.html">政务公开</a></li>
      <li><a href="../zwfw/index.html">政务服务</a></li>
      <li><a href="../hdjl/index.html">互动交流</a></li>
      <li><a href="../zjyz/index.html">走进芸渚</a></li>
    </ul>
  </nav>
  <div class="crumb">当前位置：<a href="../index.html">首页</a> &gt; <a href="../zwgk/index.html">政务公开</a> &gt; 通知公告</div>
  <div class="main">
    <div class="article">
      <h1>${esc(TITLE)}</h1>
      <div class="info">发布时间：2026-04-22　来源：芸渚区安全生产委员会办公室　浏览次数：<span id="hits"></span></div>
      <div class="content">
${p}
      </div>
      <div class="share">分享到：<a href="#">微信</a> <a href="#">微博</a>　<a href="javascript:window.print()">【打印本页】</a>　<a href="javascript:window.close()">【关闭窗口】</a></div>
    </div>
  </div>
  <footer class="footer">
    <p><a href="#">网站地图</a> | <a href="#">联系我们</a> | <a href="#">隐私声明</a></p>
    <p>主办：漪川市芸渚区人民政府办公室　承办：芸渚区政务服务和数据管理中心</p>
    <p>（本页为虚构测试文档，p6 pack）</p>
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
