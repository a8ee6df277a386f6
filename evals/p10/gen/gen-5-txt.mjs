// Writes Doc 5 (fictional): 萩阳市琰桥区卫生健康局 萩阳市琰桥区应急管理局关于在琰桥区调整执行《萩阳市尘肺病防治攻坚专项
// 治理实施方案》有关事项的通知 (琰卫健联发〔2026〕4号, 印发 2026-04-16, 施行 2026-05-01). It names Doc 4 by title and 文号
// and, for 琰桥区 only, moves 任务分工表第2项's deadline, drops 第8项 (不再执行), gives 第9项 a district lead and partner,
// makes the 区卫生健康局 check of 第六部分第（一）项 every two months, and sets the enterprises' monthly report date; the old
// values are not quoted. GB18030, CRLF. Every sentence was written for this pack.
import fs from 'node:fs';
import path from 'node:path';
import iconv from 'iconv-lite';
import { DOCS, FILE } from './common.mjs';

export const PHONE = '0504-6857203';
export const LINES = [
  '萩阳市琰桥区卫生健康局',
  '萩阳市琰桥区应急管理局',
  '',
  '琰卫健联发〔2026〕4号',
  '',
  '关于在琰桥区调整执行《萩阳市尘肺病防治攻坚专项治理实施方案》有关事项的通知',
  '',
  '区内各涉尘工贸企业，各街道办事处：',
  '',
  '　　萩阳市人民政府办公室印发的《萩阳市尘肺病防治攻坚专项治理实施方案》（萩政办规〔2026〕2号，以下简称《方案》）在本区实施。根据《方案》第七部分第（三）项，经区人民政府同意，结合本区涉尘企业以石材加工和铸造为主的实际，现就《方案》在本区范围内的执行事项调整如下。',
  '　　一、《方案》任务分工表第2项（涉矽尘企业粉尘浓度定期检测情况核查），在本区范围内完成时限提前至2026年6月30日前。',
  '　　二、《方案》任务分工表第8项（陶瓷制造企业粉尘危害专项治理），本区无陶瓷制造企业，不再执行。',
  '　　三、《方案》任务分工表第9项（防尘口罩等个人防护用品配备和佩戴情况检查），在本区范围内由区应急管理局牵头，区卫生健康局配合，完成时限不变。',
  '　　四、《方案》第六部分第（一）项规定的监督检查，在本区范围内由区卫生健康局对纳入治理台账的涉尘企业每两个月至少监督检查一次。',
  '　　五、区内涉尘企业于每月10日前向区卫生健康局报送上月粉尘浓度检测和接尘劳动者职业健康检查情况。',
  '　　六、《方案》其他内容在本区范围内继续执行。本通知与《方案》不一致的，以本通知为准。',
  '　　本通知自2026年5月1日起施行，适用于琰桥区行政区域。',
  '',
  `　　联系人：区卫生健康局职业健康股　任嘉禾，电话：${PHONE}。`,
  '',
  '萩阳市琰桥区卫生健康局　　萩阳市琰桥区应急管理局',
  '2026年4月16日',
  '',
  '抄送：萩阳市卫生健康委员会，琰桥区人民政府办公室。',
  '',
];
if (process.argv[1]?.endsWith('gen-5-txt.mjs')) {
  fs.mkdirSync(DOCS, { recursive: true });
  const file = path.join(DOCS, FILE.d5);
  fs.writeFileSync(file, iconv.encode(LINES.join('\r\n'), 'gb18030'));
  console.log(`wrote ${file}`);
}
