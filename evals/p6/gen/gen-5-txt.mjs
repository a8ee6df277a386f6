// Writes Doc 5 (fictional): 漪川市人民政府办公室关于调整《漪川市特种设备安全隐患专项整治工作方案》部分任务的补充通知,
// 漪政办发〔2026〕27号 (2026-06-18), in force from 2026-07-01. It changes Doc 1's task 5 牵头单位, task 4 完成时限 and
// task 7 频次, keeps task 3 unchanged (“仍按原方案执行”), and drops task 8. The new text is given in full; the old
// values are not quoted. GB18030, CRLF. Every sentence was written for this pack.
import fs from 'node:fs';
import path from 'node:path';
import iconv from 'iconv-lite';
import { DOCS, FILE } from './common.mjs';

export const LINES = [
  '漪川市人民政府办公室',
  '漪政办发〔2026〕27号',
  '',
  '漪川市人民政府办公室关于调整《漪川市特种设备安全隐患专项整治工作方案》部分任务的补充通知',
  '',
  '芸渚区、澄湄区、菰浦区人民政府，市政府各部门、各直属机构：',
  '',
  '　　《漪川市特种设备安全隐患专项整治工作方案》（漪政办发〔2026〕11号）印发以来，各地各部门积极推进，取得阶段性成效。根据机构职责调整和工作推进情况，经市人民政府同意，自2026年7月1日起对方案任务分工作如下调整：',
  '',
  '　　一、第5项任务（物流仓储企业起重机械、场（厂）内专用机动车辆专项检查）改由市商务局牵头，市交通运输局、市市场监督管理局、市邮政管理局配合。',
  '　　二、第4项任务（商场超市和大型商业综合体电梯、自动扶梯安全隐患整治）的完成时限调整为2026年10月31日前。',
  '　　三、第7项任务（景区、公园大型游乐设施安全巡查）的巡查频次调整为每半月至少开展一次联合巡查，暑期和法定节假日前增加一次全面检查。',
  '　　四、第3项任务（住宅小区老旧电梯更新改造）的牵头单位、配合单位和完成时限不作调整，仍按原方案执行。',
  '　　五、第8项任务（电梯安全责任保险试点）不再实施，方案中该项任务自本通知施行之日起取消。',
  '　　六、方案其他内容不变。各牵头单位要按照调整后的分工抓好落实，调整涉及的工作交接于2026年7月10日前完成。',
  '',
  '　　联系人：市市场监督管理局特种设备安全监察处　韩叙之，电话：0482-3316207。',
  '',
  '漪川市人民政府办公室',
  '2026年6月18日',
  '（此件公开发布）',
  '',
];
if (process.argv[1]?.endsWith('gen-5-txt.mjs')) {
  fs.mkdirSync(DOCS, { recursive: true });
  const file = path.join(DOCS, FILE.d5);
  fs.writeFileSync(file, iconv.encode(LINES.join('\r\n'), 'gb18030'));
  console.log(`wrote ${file}`);
}
