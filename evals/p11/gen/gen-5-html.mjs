// Writes Doc 5 (fictional): a saved web page of the 琬州市应急管理局 site carrying 琬州市应急管理局 琬州市消防救援支队关于
// 印发《琬州市电动自行车火灾隐患专项整治任务分工》的通知 (琬应急联〔2026〕5号, 2026-03-16). 主送 琬城区、苕枰县、藜塬县人民政府
// and the members of the 市消防安全委员会. The 任务分工: 整治时间, 整治重点, an HTML table (序号 / 整治任务 / 牵头单位 /
// 配合单位 / 完成时限, 10 rows, two empty 配合单位 cells) after the carry-forward sentence “以下各项均由各县（区）人民政府配合，
// 不再列出”, 调度和报送, contact. Navigation, breadcrumb, 信息公开 table, share bar and footer are site furniture. UTF-8, LF.
import fs from 'node:fs';
import path from 'node:path';
import { DOCS, FILE } from './common.mjs';

export const TITLE = '琬州市应急管理局 琬州市消防救援支队关于印发《琬州市电动自行车火灾隐患专项整治任务分工》的通知';
export const PHONE = '0473-8513074';
export const TABLE_HEAD = ['序号', '整治任务', '牵头单位', '配合单位', '完成时限'];
export const TASKS = [
  ['1', '住宅小区楼道、门厅违规停放充电集中清理', '市住房和城乡建设局', '市消防救援支队', '2026年5月31日前'],
  ['2', '电梯轿厢电动自行车阻止装置安装情况核查', '市市场监督管理局', '市住房和城乡建设局', '2026年6月30日前'],
  ['3', '既有住宅区集中停放充电场所增设改造', '市住房和城乡建设局', '市自然资源局、市发展和改革委员会', '2026年11月30日前'],
  ['4', '销售、维修经营场所非法改装查处', '市市场监督管理局', '市公安局', '2026年7月31日前'],
  ['5', '不合格电动自行车、蓄电池和充电器抽检', '市市场监督管理局', '', '2026年8月31日前'],
  ['6', '外卖、快递、即时配送企业集中充电场所检查', '市邮政管理局', '市商务局、市消防救援支队', '2026年6月20日前'],
  ['7', '集中停放充电场所消防设施和视频监控检查', '市消防救援支队', '市住房和城乡建设局', '2026年9月30日前'],
  ['8', '电动自行车以旧换新和报废蓄电池回收', '市商务局', '市生态环境局', '2026年10月31日前'],
  ['9', '学校、医院、养老机构内部停放充电场所排查', '市教育局', '市卫生健康委员会、市民政局', '2026年6月15日前'],
  ['10', '电动自行车消防安全宣传进社区', '市应急管理局', '', '2026年11月15日前'],
];
/** Body in order: [tag, text] or ['table']. */
export const BODY = [
  ['p', '琬应急联〔2026〕5号'],
  ['p', '琬城区、苕枰县、藜塬县人民政府，市消防安全委员会各成员单位：'],
  ['p', '为落实《渌嵛回族自治区电动自行车消防安全管理条例》和《琬州市电动自行车停放充电消防安全管理办法》，经市消防安全委员会同意，现将《琬州市电动自行车火灾隐患专项整治任务分工》印发给你们，请结合实际认真落实。'],
  ['sign', '琬州市应急管理局　　琬州市消防救援支队'],
  ['sign', '2026年3月16日'],
  ['h2', '琬州市电动自行车火灾隐患专项整治任务分工'],
  ['h3', '一、整治时间'],
  ['p', '专项整治自2026年3月20日开始，至2026年11月30日结束。'],
  ['h3', '二、整治重点'],
  ['p', '重点整治电动自行车进楼入户、飞线充电、违规改装，销售不合格产品，以及集中停放充电场所消防设施缺失和巡查不到位等问题。'],
  ['h3', '三、任务分工'],
  ['p', '琬城区、苕枰县、藜塬县人民政府负责本行政区域内专项整治的组织实施，以下各项均由各县（区）人民政府配合，不再列出。'],
  ['table'],
  ['h3', '四、调度和报送'],
  ['p', '（一）市应急管理局每月组织一次专项整治调度，通报各县（区）和各牵头单位工作进展。'],
  ['p', '（二）各县（区）人民政府和各牵头单位于每月25日前将上月整治进展情况报市消防救援支队，于2026年12月10日前报送专项整治工作总结。'],
  ['p', '（三）对整治中发现的重大火灾隐患，由市消防救援支队提请市人民政府挂牌督办。'],
  ['p', `联系人：市消防救援支队防火监督处　乔慕白，电话：${PHONE}。`],
  ['p', '抄送：渌嵛回族自治区应急管理厅，渌嵛回族自治区消防救援总队，琬州市人民政府办公室。'],
];
const esc = (s) => s.replace(/&/gu, '&amp;').replace(/</gu, '&lt;').replace(/>/gu, '&gt;');
function table() {
  const head = `          <tr>${TABLE_HEAD.map((t) => `<th>${esc(t)}</th>`).join('')}</tr>`;
  const rows = TASKS.map((row) => `          <tr>${row.map((t) => `<td>${esc(t)}</td>`).join('')}</tr>`).join('\n');
  return `        <table class="rwfg" border="1" cellspacing="0" cellpadding="4" width="100%">\n          <thead>\n${head}\n          </thead>\n          <tbody>\n${rows}\n          </tbody>\n        </table>`;
}
export function html() {
  const body = BODY.map(([t, x]) => {
    if (t === 'table') return table();
    if (t === 'h2' || t === 'h3') return `        <${t}>${esc(x)}</${t}>`;
    if (t === 'sign') return `        <p class="sign" style="text-align:right">${esc(x)}</p>`;
    return `        <p>${esc(x)}</p>`;
  }).join('\n');
  return `<!DOCTYPE html>
<html lang="zh-CN">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>${esc(TITLE)}_通知公告_琬州市应急管理局</title>
  <meta name="ArticleTitle" content="琬州市电动自行车火灾隐患专项整治任务分工">
  <meta name="PubDate" content="2026-03-17 09:30">
  <meta name="ContentSource" content="琬州市应急管理局">
  <link rel="stylesheet" href="/css/style.css">
  <script src="/js/common.js"></script>
  <script>window.__stat = { site: 'yjj' };</script>
</head>
<body>
  <div class="topbar"><span>琬州市应急管理局</span> <a href="#">无障碍</a> | <a href="#">关怀版</a> | <a href="#">English</a></div>
  <div class="banner"><div class="site-name">琬州市应急管理局</div><form class="search"><input type="text" placeholder="站内搜索"><button>搜索</button></form></div>
  <nav class="menu">
    <ul>
      <li><a href="/">网站首页</a></li>
      <li><a href="/jgzn/">机构职能</a></li>
      <li><a href="/tzgg/">通知公告</a></li>
      <li><a href="/xfaq/">消防安全</a></li>
      <li><a href="/zmhd/">政民互动</a></li>
    </ul>
  </nav>
  <div class="position">您现在的位置：<a href="/">网站首页</a> &gt; <a href="/tzgg/">通知公告</a> &gt; 正文</div>
  <div class="meta">
    <table class="gkxx">
      <tr><td>发文机关：琬州市应急管理局、琬州市消防救援支队</td><td>主题分类：安全生产/消防</td></tr>
      <tr><td>成文日期：2026年03月16日</td><td>发布日期：2026年03月17日</td></tr>
      <tr><td>发文字号：琬应急联〔2026〕5号</td><td>浏览次数：1642</td></tr>
    </table>
  </div>
  <div class="content">
    <h1>${esc(TITLE)}</h1>
    <div class="content-body">
${body}
    </div>
    <div class="tools">【<a href="javascript:window.print()">打印正文</a>】【<a href="javascript:window.close()">关闭</a>】　分享：<a href="#">微信</a> <a href="#">微博</a></div>
    <div class="prevnext"><p>上一篇：<a href="#">琬州市应急管理局2026年第一季度安全生产执法检查情况通报</a></p><p>下一篇：<a href="#">关于开展“119”消防宣传月活动的通知</a></p></div>
  </div>
  <footer class="bottom">
    <p><a href="#">网站地图</a> | <a href="#">联系我们</a> | <a href="#">网站声明</a></p>
    <p>主办单位：琬州市应急管理局　技术支持：琬州市大数据中心</p>
    <p>（本页为虚构测试文档，p11 pack）</p>
  </footer>
</body>
</html>
`;
}
if (process.argv[1]?.endsWith('gen-5-html.mjs')) {
  fs.mkdirSync(DOCS, { recursive: true });
  const file = path.join(DOCS, FILE.d5);
  fs.writeFileSync(file, html());
  console.log(`wrote ${file}`);
}
