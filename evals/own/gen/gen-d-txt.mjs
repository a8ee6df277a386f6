// Writes docs/lanzhou-port-adjustment-notice.txt (Doc D): the superseding notice 澜港管〔2025〕41号 (2025-07-10)
// that changes Doc C's task 4 frequency, task 5 lead and task 9 deadline, and confirms task 3 unchanged.
// Saved the way Windows Notepad saves: UTF-8 with BOM, CRLF line endings, one paragraph per line.
// The sentences that state a new value never repeat the old value. Every sentence was written for this pack.
import fs from 'node:fs';
import path from 'node:path';
import { DOCS, FILE } from './common.mjs';

const I = '\u3000\u3000';
export const D_LINES = [
  '澜州市港口管理局',
  '关于调整2025年港口危险货物安全监管部分重点任务分工的通知',
  '澜港管〔2025〕41号',
  '',
  '江口区、石埠区港口管理所，局机关各科室、港口行政执法支队：',
  `${I}结合上半年港区危险货物安全形势和局内设机构职能调整情况，经局务会研究，对《2025年澜州市港口危险货物安全监管重点任务分工方案》（澜港管〔2025〕9号）部分事项调整如下：`,
  `${I}一、第4项任务“对港区危险货物集装箱堆场开展‘四不两直’暗查暗访”，自2025年8月1日起调整为每月开展1次，配合单位仍为澜州海事局。`,
  `${I}二、第5项任务“储罐区可燃有毒气体检测报警和视频监控数据接入市港口安全监管平台”的牵头单位调整为安全监督科，配合单位和完成时限不变。`,
  `${I}三、第9项任务“港口危险货物从业人员安全培训和装卸管理人员资格考核”的完成时限延后至2026年1月31日前。`,
  `${I}四、第3项任务“港口危险货物作业现场执法检查”仍按每月1次开展，频次不作调整，各单位不得因第4项任务调整而减少现场执法检查。`,
  `${I}五、分工方案的其他事项继续按照澜港管〔2025〕9号文件执行。`,
  `${I}联系人：局港口危险货物管理科 罗敏，电话：0487-6608227。`,
  '',
  '澜州市港口管理局',
  '2025年7月10日',
];

const file = path.join(DOCS, FILE.d);
if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(new URL(import.meta.url).pathname)) {
  fs.mkdirSync(DOCS, { recursive: true });
  fs.writeFileSync(file, `\uFEFF${D_LINES.join('\r\n')}\r\n`, 'utf8');
  console.log(`wrote ${file} (UTF-8 with BOM, CRLF)`);
}
