// Writes Doc 4 (fictional): a saved web page of the 湝宁市应急管理局 site carrying 湝宁市安全生产委员会关于印发《湝宁市消防安全
// 工作考核办法》的通知 (湝安委〔2026〕2号, 2026-01-20, 施行 2026-02-01). The 考核办法 of the 市安委会 for the 区、县人民政府
// (中心城区 琤浦区、蓂溪区 and 远郊区县 崟山县 ranked apart): 第一条–第十一条, in 第四条 an HTML table (序号 / 考核内容 / 分值 /
// 扣分标准, 7 rows, 分值 summing to 100), 一票否决 items, 加分, 等次, 考核时间 (12月5日前 自查报告, 12月中旬 实地考核, 次年1月20日前),
// 结果运用. Navigation, breadcrumb, 信息公开 table, share bar and footer are site furniture. UTF-8, LF.
import fs from 'node:fs';
import path from 'node:path';
import { DOCS, FILE } from './common.mjs';

export const TITLE = '湝宁市安全生产委员会关于印发《湝宁市消防安全工作考核办法》的通知';
export const PHONE = '0468-86150832';
export const TABLE_HEAD = ['序号', '考核内容', '分值', '扣分标准'];
export const ROWS = [
  ['1', '消防安全责任制落实', '15', '区、县人民政府每半年至少专题研究一次消防工作，少一次扣3分；未与街道办事处、乡镇人民政府签订消防安全责任书的，扣5分'],
  ['2', '火灾隐患排查整治', '20', '重大火灾隐患未在挂牌督办期限内完成整改的，每处扣4分；未按照规定实行挂牌督办的，每处扣2分'],
  ['3', '大型商业综合体消防安全管理', '20', '抽查发现未按照规定开展防火巡查或者微型消防站执勤人员不足的，每家扣2分；消防控制室值班不符合要求的，每家扣1分'],
  ['4', '应急预案和演练', '15', '未制定本级大型商业综合体火灾事故应急预案的，扣8分；未按照规定频次组织本级演练的，扣5分'],
  ['5', '消防宣传教育培训', '10', '未组织开展“119”消防宣传月活动的，扣3分；人员密集场所员工消防安全培训覆盖率低于90%的，扣2分'],
  ['6', '公共消防设施建设', '10', '市政消火栓完好率低于95%的，每低1个百分点扣1分，最多扣5分'],
  ['7', '火灾事故控制', '10', '发生一般火灾亡人事故的，每亡1人扣2分；发生较大火灾事故的，本项不得分'],
];
/** Body in order: [tag, text] or ['table']. */
export const BODY = [
  ['p', '湝安委〔2026〕2号'],
  ['p', '各区、县人民政府，市安委会各成员单位：'],
  ['p', '现将《湝宁市消防安全工作考核办法》印发给你们，请认真贯彻执行。'],
  ['sign', '湝宁市安全生产委员会'],
  ['sign', '2026年1月20日'],
  ['h2', '湝宁市消防安全工作考核办法'],
  ['p', '第一条　为落实消防安全责任制，推动各区、县人民政府履行消防工作领导责任，根据《中华人民共和国消防法》《湝宁市人员密集场所消防安全管理条例》等规定，制定本办法。'],
  ['p', '第二条　本办法适用于市安全生产委员会（以下简称市安委会）对各区、县人民政府消防安全工作的年度考核。中心城区（琤浦区、蓂溪区等）和远郊区县（崟山县等）分类考核、分别排序。'],
  ['p', '第三条　考核工作由市安委会统一领导，市安委会办公室会同市消防救援总队具体组织实施。'],
  ['p', '第四条　考核实行百分制，考核内容、分值和扣分标准如下表：'],
  ['table'],
  ['p', '第五条　有下列情形之一的，考核结果直接确定为不合格，实行一票否决：'],
  ['p', '（一）本行政区域内发生重大以上火灾事故的；'],
  ['p', '（二）一年内发生两起以上较大火灾事故的；'],
  ['p', '（三）迟报、漏报、谎报或者瞒报火灾事故的；'],
  ['p', '（四）重大火灾隐患挂牌督办逾期未整改并导致火灾事故发生的。'],
  ['p', '第六条　在消防工作中有创新举措并被市级以上推广的，每项加1分，加分总计不超过3分。'],
  ['p', '第七条　考核结果分为优秀、良好、合格和不合格四个等次：得分90分以上为优秀，80分以上不满90分为良好，60分以上不满80分为合格，不满60分为不合格。'],
  ['p', '第八条　考核每年进行一次。各区、县人民政府应当于每年12月5日前将本年度消防安全工作自查报告报送市安委会办公室；市安委会办公室于每年12月中旬组织实地考核，次年1月20日前将考核结果报市安委会审定后通报。'],
  ['p', '第九条　考核结果报送市委组织部，作为对各区、县领导班子和领导干部综合考核评价的重要参考。考核结果为优秀的，由市安委会通报表扬；考核结果为不合格的，由市安委会约谈区、县人民政府主要负责人，被考核单位应当在30日内向市安委会提交书面整改报告。'],
  ['p', '第十条　本办法由市安委会办公室负责解释。'],
  ['p', '第十一条　本办法自2026年2月1日起施行。2019年印发的《湝宁市消防工作考核评分细则》同时废止。'],
  ['p', `联系人：市应急局消防工作处　宋砚秋，电话：${PHONE}。`],
  ['p', '抄送：市委组织部，市消防救援总队，市政府办公厅。'],
];
const esc = (s) => s.replace(/&/gu, '&amp;').replace(/</gu, '&lt;').replace(/>/gu, '&gt;');
function table() {
  const head = `          <tr>${TABLE_HEAD.map((t) => `<th>${esc(t)}</th>`).join('')}</tr>`;
  const rows = ROWS.map((row) => `          <tr>${row.map((t) => `<td>${esc(t)}</td>`).join('')}</tr>`).join('\n');
  return `        <table class="khbz" border="1" cellspacing="0" cellpadding="4" width="100%">\n          <thead>\n${head}\n          </thead>\n          <tbody>\n${rows}\n          </tbody>\n        </table>`;
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
  <title>${esc(TITLE)}_政策文件_湝宁市应急管理局</title>
  <meta name="ArticleTitle" content="湝宁市消防安全工作考核办法">
  <meta name="PubDate" content="2026-01-21 10:15">
  <meta name="ContentSource" content="湝宁市安全生产委员会办公室">
  <link rel="stylesheet" href="/css/main.css">
  <script src="/js/jquery.min.js"></script>
  <script>window.__site = { id: 'yjglj', column: 'zcwj' };</script>
</head>
<body>
  <div class="top"><span>欢迎访问湝宁市应急管理局网站</span> <a href="#">无障碍浏览</a> | <a href="#">长者模式</a> | <a href="#">移动版</a></div>
  <div class="header"><div class="logo">湝宁市应急管理局</div><form class="search"><input type="text" placeholder="请输入关键字"><button>搜索</button></form></div>
  <nav class="nav">
    <ul>
      <li><a href="/">首页</a></li>
      <li><a href="/jgsz/">机构设置</a></li>
      <li><a href="/zwgk/">政务公开</a></li>
      <li><a href="/yjgl/">应急管理</a></li>
      <li><a href="/hdjl/">互动交流</a></li>
    </ul>
  </nav>
  <div class="crumb">您现在的位置：<a href="/">首页</a> &gt; <a href="/zwgk/">政务公开</a> &gt; <a href="/zwgk/zcwj/">政策文件</a> &gt; 正文</div>
  <div class="xxgk">
    <table class="gkml">
      <tr><td>索引号：11460000X00000000K/2026-00012</td><td>主题分类：安全生产监管</td></tr>
      <tr><td>发文机构：湝宁市安全生产委员会</td><td>成文日期：2026年01月20日</td></tr>
      <tr><td>发文字号：湝安委〔2026〕2号</td><td>发布日期：2026年01月21日</td></tr>
    </table>
  </div>
  <div class="article">
    <h1>${esc(TITLE)}</h1>
    <div class="article-body">
${body}
    </div>
    <div class="share">【<a href="javascript:window.print()">打印本页</a>】【<a href="javascript:window.close()">关闭窗口</a>】　分享到：<a href="#">微信</a> <a href="#">微博</a></div>
    <div class="relate"><p>上一篇：<a href="#">湝宁市应急管理局关于开展岁末年初安全生产大检查的通知</a></p><p>下一篇：<a href="#">2026年全市消防工作要点</a></p></div>
  </div>
  <footer class="foot">
    <p><a href="#">网站地图</a> | <a href="#">联系我们</a> | <a href="#">隐私声明</a></p>
    <p>主办：湝宁市应急管理局　承办：湝宁市应急管理局信息中心</p>
    <p>（本页为虚构测试文档，p12 pack）</p>
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
