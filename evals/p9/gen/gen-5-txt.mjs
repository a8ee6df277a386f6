// Writes Doc 5 (fictional): 桤坞经济开发区管理委员会关于在开发区范围内调整执行《桤坞市2026年建筑施工安全专项整治工作
// 方案》有关事项的通知 (桤开管发〔2026〕9号, 印发 2026-05-20, 施行 2026-06-01). It names Doc 4 by title and 文号 and, for
// the 开发区 only, gives 任务分工表第3项 a new lead, 第6项 a new deadline, drops 第10项 (不再执行), makes the 深基坑 check of
// 第五部分第（一）项 every half month, and sets the projects' monthly report date; the old values are not quoted.
// GB18030, CRLF. Every sentence was written for this pack.
import fs from 'node:fs';
import path from 'node:path';
import iconv from 'iconv-lite';
import { DOCS, FILE } from './common.mjs';

export const PHONE = '0509-7655302';
export const LINES = [
  '桤坞经济开发区管理委员会文件',
  '桤开管发〔2026〕9号',
  '',
  '桤坞经济开发区管理委员会关于在开发区范围内调整执行《桤坞市2026年建筑施工安全专项整治工作方案》有关事项的通知',
  '',
  '开发区各部门，区内各建设单位、施工单位、监理单位：',
  '',
  '　　桤坞市安全生产委员会办公室印发的《桤坞市2026年建筑施工安全专项整治工作方案》（桤安办〔2026〕6号，以下简称《方案》）在开发区范围内实施。根据市人民政府对开发区管理委员会的授权，结合开发区在建工程以工业厂房和市政配套工程为主的实际，经管委会主任办公会研究，现就《方案》在开发区范围内的执行事项调整如下。',
  '　　一、《方案》任务分工表第3项（塔式起重机、施工升降机定期检验和使用登记核查），在开发区范围内由开发区规划建设局牵头，开发区安全生产监督管理局配合，完成时限不变。',
  '　　二、《方案》任务分工表第6项（市政排水管道有限空间作业专项整治），在开发区范围内完成时限调整为2026年8月15日前。',
  '　　三、《方案》任务分工表第10项（老旧小区改造工程施工安全专项检查），开发区范围内无老旧小区改造项目，不再执行。',
  '　　四、《方案》第五部分第（一）项规定的深基坑项目检查，在开发区范围内由开发区规划建设局每半月至少检查一次。',
  '　　五、开发区内各在建项目于每月20日前向开发区规划建设局报送整治进展情况，开发区规划建设局汇总后按《方案》要求报送。',
  '　　六、《方案》其他内容在开发区范围内继续执行。本通知与《方案》不一致的，以本通知为准。',
  '　　本通知自2026年6月1日起施行。',
  '',
  `　　联系人：开发区规划建设局　田允恒，电话：${PHONE}。`,
  '',
  '桤坞经济开发区管理委员会',
  '2026年5月20日',
  '',
];
if (process.argv[1]?.endsWith('gen-5-txt.mjs')) {
  fs.mkdirSync(DOCS, { recursive: true });
  const file = path.join(DOCS, FILE.d5);
  fs.writeFileSync(file, iconv.encode(LINES.join('\r\n'), 'gb18030'));
  console.log(`wrote ${file}`);
}
