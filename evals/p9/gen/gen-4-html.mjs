// Writes Doc 4 (fictional): a saved web page of the 桤坞市住房和城乡建设局 site carrying 桤坞市安全生产委员会办公室关于印发
// 《桤坞市2026年建筑施工安全专项整治工作方案》的通知 (桤安办〔2026〕6号, 2026-03-20). 桤坞市 is a 县级市 of the 荻峦州.
// The 方案: 工作目标, 整治时间, 整治重点 （一）…（五）, 任务分工 as an HTML table (序号 / 整治任务 / 牵头单位 / 配合单位 /
// 完成时限, 11 rows) after a default-carry sentence (“以下各项均由其负责，表中不再列出”), 检查安排, 工作要求, contact.
// Body paragraphs are <p>, the table <table>; navigation, breadcrumb, share bar and footer are site furniture. UTF-8, LF.
import fs from 'node:fs';
import path from 'node:path';
import { DOCS, FILE } from './common.mjs';

export const TITLE = '桤坞市安全生产委员会办公室关于印发《桤坞市2026年建筑施工安全专项整治工作方案》的通知';
export const PHONE = '0509-7321846';
export const TABLE_HEAD = ['序号', '整治任务', '牵头单位', '配合单位', '完成时限'];
export const TASKS = [
  ['1', '全市在建深基坑工程专项排查，建立“一坑一档”', '市住房和城乡建设局', '市自然资源局', '2026年5月31日前'],
  ['2', '高大模板支撑工程验收和混凝土浇筑旁站情况抽查', '市住房和城乡建设局', '市应急管理局', '2026年6月30日前'],
  ['3', '塔式起重机、施工升降机定期检验和使用登记核查', '市住房和城乡建设局', '市市场监督管理局', '2026年7月31日前'],
  ['4', '建筑起重机械安装拆卸单位资质和作业人员持证核查', '市住房和城乡建设局', '市人力资源和社会保障局', '2026年8月31日前'],
  ['5', '附着式升降脚手架和悬挑式脚手架专项检查', '市住房和城乡建设局', '', '2026年9月30日前'],
  ['6', '市政排水管道有限空间作业专项整治', '市城市管理局', '市应急管理局、市住房和城乡建设局', '2026年10月31日前'],
  ['7', '燃气管道等地下管线施工保护专项检查', '市城市管理局', '市住房和城乡建设局', '2026年7月15日前'],
  ['8', '项目专职安全生产管理人员配备和项目负责人带班情况核查', '市住房和城乡建设局', '', '2026年6月15日前'],
  ['9', '建筑施工企业安全生产责任保险投保情况核查', '市住房和城乡建设局', '市应急管理局', '2026年5月15日前'],
  ['10', '老旧小区改造工程施工安全专项检查', '市住房和城乡建设局', '各镇人民政府、街道办事处', '2026年9月15日前'],
  ['11', '无资质施工、违法分包转包行为查处', '市住房和城乡建设局', '市市场监督管理局、市公安局', '2026年11月15日前'],
];
/** Body in order: [tag, text] or ['table']. */
export const BODY = [
  ['p', '桤安办〔2026〕6号'],
  ['p', '各镇人民政府、街道办事处，桤坞经济开发区管理委员会，市安委会有关成员单位：'],
  ['p', '现将《桤坞市2026年建筑施工安全专项整治工作方案》印发给你们，请结合实际认真组织实施。'],
  ['sign', '桤坞市安全生产委员会办公室'],
  ['sign', '2026年3月20日'],
  ['h2', '桤坞市2026年建筑施工安全专项整治工作方案'],
  ['h3', '一、工作目标'],
  ['p', '以深基坑、高大模板支撑体系、建筑起重机械、脚手架和市政管道有限空间作业为重点，全面排查整治重大事故隐患，坚决遏制较大及以上生产安全事故。'],
  ['h3', '二、整治时间'],
  ['p', '专项整治自2026年4月1日起至11月30日止，分为动员部署（4月）、排查整治（5月至10月）、总结验收（11月）三个阶段。'],
  ['h3', '三、整治重点'],
  ['p', '（一）深基坑。重点整治第三方监测未落实、监测报警后未停工处置、坑边超载堆放等问题。'],
  ['p', '（二）高大模板支撑体系。重点整治立杆基础不牢、未经验收浇筑混凝土、浇筑期间无人监测等问题。'],
  ['p', '（三）建筑起重机械。重点整治未按期定期检验、未办理使用登记、安全装置失效、群塔作业无方案等问题。'],
  ['p', '（四）脚手架。重点整治附着式升降脚手架防坠落装置失效、悬挑钢梁锚固不足等问题。'],
  ['p', '（五）市政管道有限空间作业。重点整治未审批作业、未检测即进入、现场无人监护等问题。'],
  ['h3', '四、任务分工'],
  ['p', '各镇人民政府、街道办事处和桤坞经济开发区管理委员会负责本辖区内下列各项任务的属地排查和督促整改，以下各项均由其负责，表中不再列出。'],
  ['table'],
  ['h3', '五、检查安排'],
  ['p', '（一）市住房和城乡建设局对在建深基坑项目每月至少检查一次，对使用中的塔式起重机每季度至少抽查一次。'],
  ['p', '（二）施工企业每月至少开展一次自查，项目部每周开展一次排查，自查台账报市建设工程质量安全监督站备查。'],
  ['p', '（三）市城市管理局对市政排水管道有限空间作业项目每两周至少检查一次。'],
  ['h3', '六、工作要求'],
  ['p', '（一）各镇（街道）、开发区和各牵头单位于每月25日前将整治进展情况报市住房和城乡建设局。'],
  ['p', '（二）各镇（街道）、开发区和各牵头单位于2026年12月5日前报送专项整治工作总结。'],
  ['p', '（三）对排查发现的重大事故隐患，依照《琇嵘省房屋市政工程生产安全重大事故隐患判定标准》判定，实行挂牌督办。'],
  ['p', `联系人：市住房和城乡建设局建筑安全管理股　龙晓岚，电话：${PHONE}。`],
];
const esc = (s) => s.replace(/&/gu, '&amp;').replace(/</gu, '&lt;').replace(/>/gu, '&gt;');
function table() {
  const head = `          <tr>${TABLE_HEAD.map((t) => `<th>${esc(t)}</th>`).join('')}</tr>`;
  const rows = TASKS.map((row) => `          <tr>${row.map((t) => `<td>${esc(t)}</td>`).join('')}</tr>`).join('\n');
  return `        <table class="task" border="1" cellspacing="0">\n          <thead>\n${head}\n          </thead>\n          <tbody>\n${rows}\n          </tbody>\n        </table>`;
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
  <title>${esc(TITLE)}_通知公告_桤坞市住房和城乡建设局</title>
  <meta name="keywords" content="专项整治,建筑施工,深基坑,塔式起重机">
  <link rel="stylesheet" href="../../css/style.css">
  <script src="../../js/common.js"></script>
</head>
<body>
  <div class="head">
    <div class="logo">桤坞市住房和城乡建设局</div>
    <div class="tools-top"><a href="#">无障碍</a> | <a href="#">关怀版</a> | <a href="#">登录</a></div>
  </div>
  <nav class="menu">
    <ul>
      <li><a href="../../index.html">网站首页</a></li>
      <li><a href="../../xxgk/index.html">信息公开</a></li>
      <li><a href="../../tzgg/index.html">通知公告</a></li>
      <li><a href="../../jzaq/index.html">建筑安全</a></li>
      <li><a href="../../hdjl/index.html">互动交流</a></li>
    </ul>
  </nav>
  <div class="location">您现在的位置：<a href="../../index.html">网站首页</a> &gt; <a href="../../tzgg/index.html">通知公告</a> &gt; 正文</div>
  <div class="article">
    <h1>${esc(TITLE)}</h1>
    <div class="meta">发布日期：2026-03-23　来源：桤坞市住房和城乡建设局　访问量：<span id="count">--</span></div>
    <div class="article-body">
${body}
    </div>
    <div class="share">【<a href="javascript:window.print()">打印</a>】【<a href="javascript:window.close()">关闭</a>】　分享：<a href="#">微信</a></div>
    <div class="related"><p>上一篇：<a href="#">桤坞市住房和城乡建设局2026年建筑施工安全生产工作要点</a></p></div>
  </div>
  <footer class="foot">
    <p><a href="#">网站地图</a> | <a href="#">联系我们</a> | <a href="#">使用帮助</a></p>
    <p>主办单位：桤坞市住房和城乡建设局</p>
    <p>（本页为虚构测试文档，p9 pack）</p>
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
