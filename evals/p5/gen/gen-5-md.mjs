// Writes Doc 5 (fictional): 萸州市人民政府关于修改和废止部分市政府规章的决定, 萸州市人民政府令第104号 (2026-01-20),
// 施行 2026-03-01. Amends Doc 3 (第六条第二款, 第七条第一款, 第九条第一款, the 第十条 table row of 街道/乡镇), deletes
// 第十四条, and repeals a 规章 that is not held. Each change gives the new text in full (the old values are not quoted).
// Markdown, UTF-8, LF. Every sentence was written for this pack.
import fs from 'node:fs';
import path from 'node:path';
import { DOCS, FILE } from './common.mjs';

export const D5 = `# 萸州市人民政府令

**第104号**

《萸州市人民政府关于修改和废止部分市政府规章的决定》已经2026年1月8日市人民政府第四十一次常务会议通过，现予公布，自2026年3月1日起施行。

市长　程叙白

2026年1月20日

---

## 萸州市人民政府关于修改和废止部分市政府规章的决定

为了贯彻修订后的《岑岚省燃气安全管理条例》，进一步压实餐饮场所燃气安全责任，市人民政府决定：

### 一、对《萸州市餐饮场所燃气安全管理办法》（2023年5月10日萸州市人民政府令第87号公布）作如下修改

（一）第六条第二款修改为：“可燃气体报警装置和紧急切断装置应当每季度至少检测一次，检测记录保存不少于二年。”

（二）第七条第一款修改为：“使用瓶装液化石油气的餐饮场所，在用和备用气瓶总数不得超过两瓶，备用气瓶应当存放在独立的气瓶间内。”

（三）第九条第一款修改为：“区、县城市管理部门每年至少组织一次餐饮从业人员燃气安全培训。”

（四）第十条表格中街道办事处、乡镇人民政府对辖区内全部餐饮场所的检查频次修改为：“每半月至少巡查一次”。

（五）删去第十四条。

此外，对条文顺序作相应调整。

### 二、废止下列市政府规章

《萸州市燃气管道设施保护办法》（2016年8月2日萸州市人民政府令第52号公布）。

### 三、施行日期

本决定自2026年3月1日起施行。《萸州市餐饮场所燃气安全管理办法》根据本决定作相应修改，重新公布。
`;
if (process.argv[1]?.endsWith('gen-5-md.mjs')) {
  fs.mkdirSync(DOCS, { recursive: true });
  const file = path.join(DOCS, FILE.d5);
  fs.writeFileSync(file, D5);
  console.log(`wrote ${file} (${Buffer.byteLength(D5)} bytes, Markdown, LF)`);
}
