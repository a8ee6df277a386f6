// Writes Doc 4 (fictional): a saved web page of the 萩阳市人民政府 site carrying 萩阳市人民政府办公室关于印发《萩阳市尘肺病
// 防治攻坚专项治理实施方案》的通知 (萩政办规〔2026〕2号, 2026-02-10), a 规范性文件 施行 2026-03-01, 有效期至2029年2月28日.
// 萩阳市 is a prefecture-level city of 璟崃省 with two districts (琰桥区, 苘坪区). The 方案: 适用范围, 治理目标, 治理时间,
// 重点措施 （一）…（四）, 任务分工 as an HTML table (序号 / 治理任务 / 牵头单位 / 配合单位 / 完成时限, 10 rows, two empty
// 配合单位 cells) after a default-carry sentence (“以下均需各区人民政府负责，表中不再列出”), 监督检查, 工作要求, 有效期, contact.
// Body paragraphs are <p>, the table <table>; navigation, breadcrumb, share bar and footer are site furniture. UTF-8, LF.
import fs from 'node:fs';
import path from 'node:path';
import { DOCS, FILE } from './common.mjs';

export const TITLE = '萩阳市人民政府办公室关于印发《萩阳市尘肺病防治攻坚专项治理实施方案》的通知';
export const PHONE = '0504-6231478';
export const TABLE_HEAD = ['序号', '治理任务', '牵头单位', '配合单位', '完成时限'];
export const TASKS = [
  ['1', '涉尘企业职业病危害项目申报情况排查建档', '市卫生健康委', '市市场监督管理局', '2026年5月31日前'],
  ['2', '涉矽尘企业粉尘浓度定期检测情况核查', '市卫生健康委', '市应急管理局', '2026年8月31日前'],
  ['3', '涉尘企业通风除尘设施运行情况专项检查', '市应急管理局', '市卫生健康委', '2026年9月30日前'],
  ['4', '涉尘岗位劳动者在岗期间职业健康检查覆盖情况核查', '市卫生健康委', '市人力资源和社会保障局', '2026年10月31日前'],
  ['5', '石材加工企业干式切割工艺淘汰', '市工业和信息化局', '市生态环境局', '2026年12月31日前'],
  ['6', '尘肺病患者随访管理和康复站建设', '市卫生健康委', '市医疗保障局、市民政局', '2027年6月30日前'],
  ['7', '涉尘企业主要负责人和职业卫生管理人员培训', '市卫生健康委', '市应急管理局', '2026年11月30日前'],
  ['8', '陶瓷制造企业粉尘危害专项治理', '市工业和信息化局', '市卫生健康委', '2027年3月31日前'],
  ['9', '防尘口罩等个人防护用品配备和佩戴情况检查', '市应急管理局', '', '2026年7月31日前'],
  ['10', '职业卫生技术服务机构检测质量抽查', '市卫生健康委', '', '2027年9月30日前'],
];
/** Body in order: [tag, text] or ['table']. */
export const BODY = [
  ['p', '萩政办规〔2026〕2号'],
  ['p', '琰桥区、苘坪区人民政府，市政府各部门，各有关单位：'],
  ['p', '《萩阳市尘肺病防治攻坚专项治理实施方案》已经市人民政府同意，现印发给你们，请认真组织实施。'],
  ['sign', '萩阳市人民政府办公室'],
  ['sign', '2026年2月10日'],
  ['p', '（此件公开发布）'],
  ['h2', '萩阳市尘肺病防治攻坚专项治理实施方案'],
  ['p', '为落实《中华人民共和国职业病防治法》和《璟崃省职业病防治条例》，有效预防和控制粉尘危害，结合本市实际，制定本方案。'],
  ['h3', '一、适用范围'],
  ['p', '本方案适用于本市琰桥区、苘坪区行政区域内存在粉尘危害的工贸企业，重点是石材加工、陶瓷制造、铸造、耐火材料、木材加工和金属制品打磨企业（以下统称涉尘企业）。'],
  ['h3', '二、治理目标'],
  ['p', '到2027年底，涉尘企业职业病危害项目申报率、粉尘定期检测率和接尘劳动者在岗期间职业健康检查率均达到95%以上，新发尘肺病病例明显减少。'],
  ['h3', '三、治理时间'],
  ['p', '专项治理自2026年3月1日起至2027年12月31日止，分为排查建档（2026年3月至5月）、集中治理（2026年6月至2027年9月）、巩固提升（2027年10月至12月）三个阶段。'],
  ['h3', '四、重点措施'],
  ['p', '（一）涉矽尘企业应当每半年至少委托职业卫生技术服务机构检测一次粉尘浓度，检测结果超标的，在3个月内完成治理并重新检测。'],
  ['p', '（二）涉尘企业应当安排接尘劳动者每年至少进行一次在岗期间职业健康检查，检查结果同时报送所在区卫生健康局。'],
  ['p', '（三）石材加工企业全面推行湿式作业，2026年12月31日前全部淘汰干式切割工艺。'],
  ['p', '（四）涉尘企业每月至少开展一次粉尘危害隐患自查，建立自查台账，发现问题立即整改。'],
  ['h3', '五、任务分工'],
  ['p', '琰桥区、苘坪区人民政府负责本辖区内下列各项任务的组织实施和督促落实，以下均需各区人民政府负责，表中不再列出。'],
  ['table'],
  ['h3', '六、监督检查'],
  ['p', '（一）区卫生健康局对纳入治理台账的涉尘企业每季度至少监督检查一次；市卫生健康委每半年至少组织一次抽查。'],
  ['p', '（二）对检查发现粉尘浓度超标且逾期未完成治理的涉尘企业，依照《中华人民共和国职业病防治法》和《璟崃省职业病防治条例》的有关规定处理，并纳入信用记录。'],
  ['h3', '七、工作要求'],
  ['p', '（一）各区人民政府于每季度最后一个月的20日前，将本辖区专项治理进展情况报市卫生健康委。'],
  ['p', '（二）各区人民政府和各牵头单位于2027年12月15日前报送专项治理工作总结。'],
  ['p', '（三）各区可以结合本辖区实际，对本方案的任务分工和检查频次作出调整，报市卫生健康委备案。'],
  ['h3', '八、有效期'],
  ['p', '本方案自2026年3月1日起施行，有效期至2029年2月28日。'],
  ['p', `联系人：市卫生健康委职业健康科　鲁思齐，电话：${PHONE}。`],
  ['p', '抄送：璟崃省卫生健康委员会，璟崃省应急管理厅。'],
];
const esc = (s) => s.replace(/&/gu, '&amp;').replace(/</gu, '&lt;').replace(/>/gu, '&gt;');
function table() {
  const head = `          <tr>${TABLE_HEAD.map((t) => `<th>${esc(t)}</th>`).join('')}</tr>`;
  const rows = TASKS.map((row) => `          <tr>${row.map((t) => `<td>${esc(t)}</td>`).join('')}</tr>`).join('\n');
  return `        <table class="fenGong" border="1" cellspacing="0" width="100%">\n          <thead>\n${head}\n          </thead>\n          <tbody>\n${rows}\n          </tbody>\n        </table>`;
}
export function html() {
  const body = BODY.map(([t, x]) => {
    if (t === 'table') return table();
    if (t === 'h2' || t === 'h3') return `        <${t}>${esc(x)}</${t}>`;
    if (t === 'sign') return `        <p style="text-align:right">${esc(x)}</p>`;
    return `        <p>${esc(x)}</p>`;
  }).join('\n');
  return `<!DOCTYPE html>
<html lang="zh-CN">
<head>
  <meta charset="utf-8">
  <title>${esc(TITLE)}_政策文件_萩阳市人民政府</title>
  <meta name="keywords" content="尘肺病,粉尘危害,专项治理,职业健康">
  <meta name="description" content="萩政办规〔2026〕2号">
  <link rel="stylesheet" href="/static/css/main.css">
  <script src="/static/js/jquery.min.js"></script>
  <script>var _hmt = _hmt || [];</script>
</head>
<body>
  <div class="top-bar"><span>欢迎访问萩阳市人民政府门户网站</span> <a href="#">简体</a> | <a href="#">繁體</a> | <a href="#">长者模式</a></div>
  <div class="header"><div class="logo">萩阳市人民政府</div><form class="search"><input type="text" placeholder="请输入关键词"><button>搜索</button></form></div>
  <nav class="nav">
    <ul>
      <li><a href="/">首页</a></li>
      <li><a href="/zwgk/">政务公开</a></li>
      <li><a href="/zcwj/">政策文件</a></li>
      <li><a href="/bsfw/">办事服务</a></li>
      <li><a href="/hdjl/">互动交流</a></li>
    </ul>
  </nav>
  <div class="crumb">当前位置：<a href="/">首页</a> &gt; <a href="/zwgk/">政务公开</a> &gt; <a href="/zcwj/">政策文件</a> &gt; 市政府办公室文件</div>
  <div class="info-table">
    <table class="xxgk">
      <tr><td>索引号：QY-ZFBGS-2026-00318</td><td>发布机构：萩阳市人民政府办公室</td></tr>
      <tr><td>成文日期：2026-02-10</td><td>发布日期：2026-02-13</td></tr>
      <tr><td>文　　号：萩政办规〔2026〕2号</td><td>有 效 性：有效</td></tr>
    </table>
  </div>
  <div class="article">
    <h1>${esc(TITLE)}</h1>
    <div class="article-body">
${body}
    </div>
    <div class="share">【<a href="javascript:window.print()">打印本页</a>】【<a href="javascript:window.close()">关闭窗口</a>】　分享到：<a href="#">微信</a> <a href="#">微博</a></div>
    <div class="related"><p>相关链接：<a href="#">萩阳市职业病防治规划（2026—2030年）</a></p></div>
  </div>
  <footer class="footer">
    <p><a href="#">网站地图</a> | <a href="#">联系我们</a> | <a href="#">隐私声明</a></p>
    <p>主办：萩阳市人民政府办公室　承办：萩阳市政务服务数据管理局</p>
    <p>（本页为虚构测试文档，p10 pack）</p>
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
