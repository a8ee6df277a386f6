// Writes Doc 5 (fictional): 岵湾市安全生产委员会关于在本市执行《淜州市渔业船舶和水上交通安全部门责任清单》有关事项的通知
// (岵安委〔2026〕11号, 印发 2026-08-12, 施行 2026-09-01). 岵湾市 is a 县级市 that 淜州市 administers (代管). Relying on
// 《清单》总体要求（二）, it moves the lead of 《清单》第3项 (“三无”船舶排查清理) from the 市农业农村局 to the 镇人民政府 and
// 街道办事处, raises the 乡镇 巡查 of 第13项 from monthly to twice a month and shortens its 台账 deadline from 10 to 5 days, inside
// 岵湾市 only; it gives only the new values, never the old ones. GB18030, CRLF. Every sentence was written for this pack.
import fs from 'node:fs';
import path from 'node:path';
import iconv from 'iconv-lite';
import { DOCS, FILE } from './common.mjs';

export const PHONE = '0463-85530712';
export const LINES = [
  '岵湾市安全生产委员会文件',
  '',
  '岵安委〔2026〕11号',
  '',
  '岵湾市安全生产委员会关于在本市执行《淜州市渔业船舶和水上交通安全部门责任清单》有关事项的通知',
  '',
  '各镇人民政府、街道办事处，市安委会各成员单位：',
  '',
  '　　《淜州市渔业船舶和水上交通安全部门责任清单》（淜安委〔2026〕7号，以下简称《清单》）已于2026年5月20日印发。本市是淜州市代管的县级市，沿海小型渔船数量多、停泊点分散，“三无”船舶问题较为突出。依据《清单》总体要求第（二）项的规定，经市人民政府同意，现对本市执行《清单》的下列事项作出调整：',
  '　　一、《清单》第3项规定的“三无”船舶排查清理工作，在本市范围内由各镇人民政府、街道办事处牵头负责，市农业农村局、市公安局和岵湾海事处配合。',
  '　　二、《清单》第13项规定的镇人民政府、街道办事处安全巡查，本市调整为每半月至少组织一次。',
  '　　三、《清单》第13项规定的隐患排查台账报送时限，本市调整为每季度结束后5日内报送市农业农村局。',
  '　　四、《清单》的其他事项，本市仍按照《清单》执行。本通知已报淜州市安委会办公室备案。',
  '　　五、本通知自2026年9月1日起施行，在本市行政区域内适用。',
  '',
  `　　联系人：市农业农村局渔业安全科　聂书衡，电话：${PHONE}。`,
  '',
  '岵湾市安全生产委员会',
  '2026年8月12日',
  '',
  '抄送：淜州市安委会办公室，淜州市农业农村局，岵湾市人民政府办公室。',
  '岵湾市安全生产委员会办公室　　2026年8月12日印发',
  '',
];
if (process.argv[1]?.endsWith('gen-5-txt.mjs')) {
  fs.mkdirSync(DOCS, { recursive: true });
  const file = path.join(DOCS, FILE.d5);
  fs.writeFileSync(file, iconv.encode(LINES.join('\r\n'), 'gb18030'));
  console.log(`wrote ${file}`);
}
