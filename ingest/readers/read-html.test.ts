import { describe, expect, it } from 'vitest';
import { readHtml } from './read-html.js';
import { detectFormat } from './detect-format.js';
import { AppError } from '../../core/errors.js';

// A notice saved from a (fictional) district government site: page furniture around the article.
const PAGE = `<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>关于开展电梯安全专项检查的通知_通知公告_青川市东坪区人民政府</title>
<script>var hits = 0;</script><style>.nav{color:red}</style></head>
<body>
  <div class="top"><div class="logo">青川市东坪区人民政府</div><div class="toolbar"><a href="#">无障碍浏览</a></div></div>
  <nav class="nav"><ul><li><a href="/">首页</a></li><li><a href="/zwgk">政务公开</a></li></ul></nav>
  <div class="crumb">当前位置：首页 &gt; 通知公告</div>
  <div class="main"><div class="article">
    <h1>东坪区安全生产委员会办公室关于开展电梯安全专项检查的通知</h1>
    <div class="content">
      <p>各街道办事处，区市场监管局：</p>
      <p>一、检查范围</p>
      <p>本区商场超市内的电梯&amp;自动扶梯。</p>
      <table><tr><th>检查主体</th><th>检查频次</th></tr><tr><td>区市场监管局</td><td>每月至少一次</td></tr></table>
    </div>
  </div></div>
  <div class="footer">版权所有：青川市东坪区人民政府　备案号：X-ICP备0001号</div>
</body></html>`;
const bytes = (s: string) => new TextEncoder().encode(s);

describe('readHtml', () => {
  it('reads the article of a saved web page: headings, paragraphs and table rows, without head, scripts, navigation or footer', () => {
    const text = readHtml(bytes(PAGE), '通知.html').pages[0]!.text;
    expect(text.split('\n\n')).toEqual([
      '东坪区安全生产委员会办公室关于开展电梯安全专项检查的通知',
      '各街道办事处，区市场监管局：',
      '一、检查范围',
      '本区商场超市内的电梯&自动扶梯。',
      ...text.split('\n\n').slice(4),
    ]);
    expect(text).toContain('区市场监管局');
    expect(text).toContain('每月至少一次');
    for (const furniture of ['DOCTYPE', 'hits', '无障碍浏览', '政务公开', '当前位置', '版权所有', 'color:red']) expect(text).not.toContain(furniture);
  });

  it('is the format of an .html name or of a page that opens with a doctype, whatever its name', () => {
    expect(detectFormat(bytes(PAGE), '通知.html')).toBe('html');
    expect(detectFormat(bytes(PAGE), '通知.htm')).toBe('html');
    expect(detectFormat(bytes(PAGE), '通知')).toBe('html');
    expect(detectFormat(bytes('一、检查范围\n本区商场超市。'), '通知.txt')).toBe('txt');
  });

  it('refuses a page with no article text with INGEST_NO_TEXT', () => {
    const e = (() => {
      try {
        readHtml(bytes('<html><body><nav class="nav"><a href="/">首页</a></nav><script>x()</script></body></html>'), '空.html');
      } catch (err) {
        return err as AppError;
      }
      throw new Error('no error');
    })();
    expect(e.code).toBe('INGEST_NO_TEXT');
    expect(e.message).toContain('空.html');
  });
});
