// Writes Doc 1 (fictional): the current 溟汭省渔业船舶安全管理条例 (a 地方性法规 of the 省人大常委会, 2016 通过, 2021 修正,
// 2026-01-15 修订, 施行 2026-05-01) as a saved web page of the 溟汭省人大常委会 site (溟汭人大网): top bar, search, nav,
// “您现在的位置” line, 信息 line, then the 公告 (第六十一号), the title, three history lines (通过 / 修正 / 修订), the chapters
// (centred <p class="zhang">) and the articles, one <p> per 款 or 项; share bar, prev/next and footer are site furniture.
// UTF-8, LF. Content: content-reg.mjs (its «key» references resolved to the current article numbers).
import fs from 'node:fs';
import path from 'node:path';
import { DOCS, FILE } from './common.mjs';
import { HEAD, TITLE, render } from './content-reg.mjs';

/** [kind, text] in order; every one is a line of the page body and a verifier unit. */
export const PARAS = [
  ['gaz-title', HEAD.cur.gazette[0]], ['gaz-no', HEAD.cur.gazette[1]], ['p', HEAD.cur.gazette[2]],
  ['sign', HEAD.cur.gazette[3]], ['sign', HEAD.cur.gazette[4]],
  ['title', TITLE], ...HEAD.cur.history.map((h) => ['tz', h]),
  ...render('cur').map(([k, t]) => (k === 'ch' ? ['zhang', t] : ['p', t])),
];
const esc = (s) => s.replace(/&/gu, '&amp;').replace(/</gu, '&lt;').replace(/>/gu, '&gt;');
export function html() {
  const body = PARAS.map(([k, t]) => {
    if (k === 'gaz-title') return `        <h2 class="gg">${esc(t)}</h2>`;
    if (k === 'title') return `        <h2 class="fgmc">${esc(t)}</h2>`;
    if (k === 'gaz-no') return `        <p class="gg-no" style="text-align:center">${esc(t)}</p>`;
    if (k === 'sign') return `        <p class="sign" style="text-align:right">${esc(t)}</p>`;
    if (k === 'tz') return `        <p class="tz" style="font-family:KaiTi">${esc(t)}</p>`;
    if (k === 'zhang') return `        <p class="zhang" style="text-align:center;font-weight:bold">${esc(t)}</p>`;
    return `        <p>${esc(t)}</p>`;
  }).join('\n');
  return `<!DOCTYPE html>
<html lang="zh-CN">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>${esc(TITLE)}_地方性法规_溟汭人大网</title>
  <meta name="ArticleTitle" content="${esc(TITLE)}">
  <meta name="PubDate" content="2026-01-19 09:30">
  <meta name="ContentSource" content="溟汭省人大常委会法制工作委员会">
  <link rel="stylesheet" href="/static/css/index.css">
  <script src="/static/js/jquery.min.js"></script>
  <script>var _site = { code: 'rd', channel: 'dfxfg' };</script>
</head>
<body>
  <div class="topbar"><span>溟汭省人民代表大会常务委员会主办</span> <a href="#">无障碍</a> | <a href="#">手机版</a> | <a href="#">English</a></div>
  <div class="header"><div class="logo">溟汭人大网</div><form class="search"><input type="text" placeholder="站内搜索"><button>搜索</button></form></div>
  <nav class="menu">
    <ul>
      <li><a href="/">首页</a></li>
      <li><a href="/cwh/">常委会</a></li>
      <li><a href="/lfgz/">立法工作</a></li>
      <li><a href="/dfxfg/">地方性法规</a></li>
      <li><a href="/jdgz/">监督工作</a></li>
    </ul>
  </nav>
  <div class="location">您现在的位置：<a href="/">首页</a> &gt; <a href="/lfgz/">立法工作</a> &gt; <a href="/dfxfg/">地方性法规</a> &gt; 正文</div>
  <div class="article">
    <div class="info">来源：省人大常委会法制工作委员会　发布时间：2026-01-19　【字体：<a href="#">大</a> <a href="#">中</a> <a href="#">小</a>】</div>
    <div class="TRS_Editor">
${body}
    </div>
    <div class="tools">【<a href="javascript:window.print()">打印本页</a>】【<a href="javascript:window.close()">关闭窗口</a>】</div>
    <div class="pager"><p>上一篇：<a href="#">溟汭省人民代表大会常务委员会2026年立法工作计划</a></p><p>下一篇：<a href="#">溟汭省海域使用管理条例</a></p></div>
  </div>
  <footer class="footer">
    <p><a href="#">网站地图</a> | <a href="#">联系我们</a> | <a href="#">使用帮助</a></p>
    <p>主办：溟汭省人民代表大会常务委员会办公厅</p>
    <p>（本页为虚构测试文档，p13 pack）</p>
  </footer>
</body>
</html>
`;
}
if (process.argv[1]?.endsWith('gen-1-html.mjs')) {
  fs.mkdirSync(DOCS, { recursive: true });
  const file = path.join(DOCS, FILE.d1);
  fs.writeFileSync(file, html());
  console.log(`wrote ${file}`);
}
