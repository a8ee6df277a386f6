// Writes docs/tangxi-port-plan-adjustment.md (Doc 5): 棠安办〔2025〕38号 (2025-09-22), a 补充通知 that changes three
// items of Doc 2's 任务分工表 (row 3 frequency, row 8 lead, row 11 deadline), abolishes row 12, confirms row 9
// unchanged, effective 2025-10-01. Markdown, UTF-8, LF. No old value of a changed row occurs in this file.
import fs from 'node:fs';
import path from 'node:path';
import { DOCS, FILE } from './common.mjs';

export const D5 = `# 棠溪市安全生产委员会办公室关于调整港口危险货物安全专项整治部分任务的补充通知

**棠安办〔2025〕38号**

各县（区）人民政府，栖梧港区管理委员会，市安委会有关成员单位：

《棠溪市港口危险货物安全专项整治工作方案》（棠安办〔2025〕21号，以下简称《方案》）印发以来，各地各部门按照分工扎实推进整治工作。根据市政府部门职能调整和前期排查整治情况，经市安委会同意，现对《方案》任务分工表中的部分任务作如下调整：

## 一、调整事项

1. 第3项“危险货物集装箱堆场分类堆存和隔离间距专项检查”，检查频次调整为每月检查1次，检查结果于次月5日前报市港口管理局。
2. 第8项“港口危险货物安全监管信息平台建设”，牵头单位调整为市大数据局，配合单位和完成时限不变。
3. 第11项“港区老旧危险货物输送管道排查和更新改造”，完成时限调整为2026年5月15日前，牵头单位和配合单位不变。
4. 第12项“港口危险货物作业企业安全生产信用评价”不再执行，相关工作纳入全省交通运输信用体系建设统一开展。

## 二、其他事项

第9项港口危险货物事故应急演练的牵头单位和组织频次不作调整，仍按《方案》执行。《方案》其他内容不变。

## 三、执行时间

本通知自2025年10月1日起执行。

联系人：市安委办综合协调科　冯立诚，电话：0485-6211520。

棠溪市安全生产委员会办公室

2025年9月22日

（此件公开发布）
`;

fs.mkdirSync(DOCS, { recursive: true });
const file = path.join(DOCS, FILE.d5);
fs.writeFileSync(file, D5);
console.log(`wrote ${file} (${Buffer.byteLength(D5)} bytes, UTF-8, LF)`);
