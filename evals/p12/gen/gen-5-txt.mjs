// Writes Doc 5 (fictional): 琤浦区应急管理局关于在本区执行《湝宁市大型商业综合体火灾事故应急预案》有关事项的通知 (琤应急发〔2026〕14号,
// 印发 2026-06-12, 施行 2026-07-01). 琤浦区 is a 区 of the 直辖市 湝宁市 (no province above). Relying on 《预案》2.3, it shortens
// the 事发单位 报告时限 of 3.2（一）, raises the 区级 演练 frequency of 7.1 and moves the 受灾人员临时安置 of 2.3 from the 区民政
// 部门 to the 街道办事处, inside the district only; it gives only the new values, never the old ones. GB18030, CRLF. Every
// sentence was written for this pack.
import fs from 'node:fs';
import path from 'node:path';
import iconv from 'iconv-lite';
import { DOCS, FILE } from './common.mjs';

export const PHONE = '0468-83517206';
export const LINES = [
  '琤浦区应急管理局文件',
  '',
  '琤应急发〔2026〕14号',
  '',
  '琤浦区应急管理局关于在本区执行《湝宁市大型商业综合体火灾事故应急预案》有关事项的通知',
  '',
  '各街道办事处、镇人民政府，区消防安全委员会各成员单位，区内各大型商业综合体经营管理单位：',
  '',
  '　　《湝宁市大型商业综合体火灾事故应急预案》（湝政办发〔2026〕11号，以下简称《预案》）已于2026年4月8日印发实施。本区大型商业综合体数量多、客流集中，多处地铁换乘站与地下商业空间相互连通，火灾风险较高。依据《预案》2.3的规定，经区人民政府同意，现对本区执行《预案》的下列事项作出调整：',
  '　　一、《预案》3.2第（一）项规定的事发单位报告时限，本区调整为事发后10分钟内向区应急管理局和区消防救援支队报告。',
  '　　二、《预案》7.1规定的区级应急演练，本区调整为每半年至少组织一次区级大型商业综合体火灾事故应急演练，其中至少一次在夜间营业时段进行。',
  '　　三、《预案》2.3规定的受灾人员临时安置工作，本区由事发地街道办事处负责，区民政局予以指导。',
  '　　四、《预案》的其他内容，本区仍按照《预案》执行。本通知已报湝宁市应急管理局备案。',
  '　　五、本通知自2026年7月1日起施行，在琤浦区范围内适用。',
  '',
  `　　联系人：区应急管理局应急指挥科　梁叙白，电话：${PHONE}。`,
  '',
  '琤浦区应急管理局',
  '2026年6月12日',
  '',
  '抄送：湝宁市应急管理局，湝宁市消防救援总队，琤浦区人民政府办公室，琤浦区消防救援支队。',
  '琤浦区应急管理局办公室　　2026年6月12日印发',
  '',
];
if (process.argv[1]?.endsWith('gen-5-txt.mjs')) {
  fs.mkdirSync(DOCS, { recursive: true });
  const file = path.join(DOCS, FILE.d5);
  fs.writeFileSync(file, iconv.encode(LINES.join('\r\n'), 'gb18030'));
  console.log(`wrote ${file}`);
}
