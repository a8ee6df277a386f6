// Writes docs/tingchuan-gas-adjustment-notice.txt (Doc 5): 汀安办〔2025〕57号 (2025-09-18), which adjusts the task
// table of Doc 1 (汀安办〔2025〕18号): one lead (row 4), one frequency (row 5), one deadline (row 13), and it
// explicitly confirms row 7 unchanged. GB18030, CRLF, no BOM. The sentences that state a new value never repeat
// the old value; the verifier checks that no old value occurs anywhere in this file.
import fs from 'node:fs';
import path from 'node:path';
import iconv from 'iconv-lite';
import { DOCS, FILE } from './common.mjs';

const I = '　　';
export const D5 = [
  '汀川市安全生产委员会办公室',
  '汀安办〔2025〕57号',
  '',
  '汀川市安全生产委员会办公室关于调整城镇燃气安全专项整治部分任务的通知',
  '',
  '各县（区）人民政府安全生产委员会，市安委会有关成员单位：',
  `${I}《汀川市城镇燃气安全专项整治实施方案》（汀安办〔2025〕18号）印发以来，各地各部门扎实推进整治工作，取得阶段性成效。根据部门职责调整和前期整治推进情况，经市安委会同意，现对方案附表《城镇燃气安全专项整治重点任务分工表》中的部分任务调整如下：`,
  `${I}一、第4项“清理整治燃气管道被建（构）筑物占压问题”，自本通知印发之日起改由市住建局牵头，配合单位和完成时限不变。`,
  `${I}二、第5项“瓶装液化石油气充装站抽查”，自2025年10月1日起调整为每月至少抽查1次，抽查情况于次月5日前报市安委办。`,
  `${I}三、第13项“燃气安全信息化监管平台建设”，完成时限调整为2026年5月31日前。`,
  `${I}四、第7项打击“黑气点”联合执法，其责任单位和开展频次均不作调整，继续按原方案执行。`,
  `${I}五、方案其他内容不变。各责任单位要按照调整后的分工抓好落实，确保整治任务按期完成。`,
  `${I}联系人：市安委办综合协调科 邵明远，电话：0489-7126630。`,
  '',
  `${I}${I}${I}${I}${I}汀川市安全生产委员会办公室`,
  `${I}${I}${I}${I}${I}${I}2025年9月18日`,
];

const text = `${D5.join('\r\n')}\r\n`;
const buf = iconv.encode(text, 'gb18030');
if (iconv.decode(buf, 'gb18030') !== text) throw new Error('GB18030 round trip failed');
fs.mkdirSync(DOCS, { recursive: true });
const file = path.join(DOCS, FILE.d5);
fs.writeFileSync(file, buf);
console.log(`wrote ${file} (${buf.length} bytes, GB18030, CRLF)`);
