// Writes Doc 4 (fictional): 苕枰县消防安全委员会关于本县执行《琬州市电动自行车停放充电消防安全管理办法》有关事项的通知
// (苕消委〔2026〕3号, 印发 2026-05-18, 施行 2026-06-01). 苕枰县 is a county of 琬州市. Relying on the 办法's 第十六条, it
// raises two 巡查 frequencies of the 第七条 table (row 4, row 7) and moves the 巡查 of row 2 from the 居委会/村委会 to the
// 乡镇人民政府, inside the county only; it gives only the new values, never the old ones. GB18030, CRLF. Every sentence
// was written for this pack.
import fs from 'node:fs';
import path from 'node:path';
import iconv from 'iconv-lite';
import { DOCS, FILE } from './common.mjs';

export const PHONE = '0473-8826519';
export const LINES = [
  '苕枰县消防安全委员会文件',
  '',
  '苕消委〔2026〕3号',
  '',
  '苕枰县消防安全委员会关于本县执行《琬州市电动自行车停放充电消防安全管理办法》有关事项的通知',
  '',
  '各乡镇人民政府，县消防安全委员会各成员单位，各物业服务企业和外卖、快递、即时配送企业：',
  '',
  '　　《琬州市电动自行车停放充电消防安全管理办法》（琬州市人民政府令第28号，以下简称《办法》）已于2026年3月1日起施行。本县乡镇住宅区大多未实施物业管理，外卖、快递站点夜间集中充电车辆多，火灾风险较高。依据《办法》第十六条，经县人民政府同意，本县行政区域内电动自行车停放充电场所的巡查按照《办法》执行，下列事项按照本通知执行：',
  '　　一、《办法》第七条表第4行规定的外卖、快递、即时配送企业集中充电场所的巡查频次，本县调整为每班次不少于2次。',
  '　　二、《办法》第七条表第7行规定的自建房、出租房屋内集中停放充电区域的巡查频次，本县调整为每半月不少于1次。',
  '　　三、《办法》第七条表第2行规定的未实施物业管理的住宅区停放充电场所，本县由所在地乡镇人民政府负责巡查，村民委员会、社区居民委员会予以协助。',
  '　　四、巡查频次和责任主体本通知未作调整的，仍按照《办法》第七条执行。本通知已报琬州市消防救援支队备案。',
  '　　五、本通知自2026年6月1日起施行，在苕枰县行政区域内适用。',
  '',
  `　　联系人：苕枰县消防救援大队防火监督科　戴远舟，电话：${PHONE}。`,
  '',
  '苕枰县消防安全委员会',
  '2026年5月18日',
  '',
  '抄送：琬州市消防安全委员会办公室，琬州市消防救援支队，苕枰县人民政府办公室。',
  '苕枰县消防安全委员会办公室　　2026年5月18日印发',
  '',
];
if (process.argv[1]?.endsWith('gen-4-txt.mjs')) {
  fs.mkdirSync(DOCS, { recursive: true });
  const file = path.join(DOCS, FILE.d4);
  fs.writeFileSync(file, iconv.encode(LINES.join('\r\n'), 'gb18030'));
  console.log(`wrote ${file}`);
}
