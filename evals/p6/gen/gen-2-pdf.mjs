// Writes Doc 2 (fictional): 漪川市市场监督管理局关于印发《漪川市特种设备重大事故隐患判定细则》的通知, 漪市监规〔2026〕3号
// (印发 2026-04-08, 施行 2026-05-10, 有效期3年), as a text PDF with the p3 pack's pdfkit layout
// (../../p3/gen/pdf-layout.mjs): running header and “— N —” footer on every page. Fails unless there are ≥3 pages and
// ≥1 sentence runs across a page break. Writes gen/pdf-lines.json (page and line of every laid-out line) for review.
// Every sentence and threshold was written for this pack.
import fs from 'node:fs';
import path from 'node:path';
import { DOCS, FILE, GEN } from './common.mjs';
import { makeLayout, splits } from '../../p3/gen/pdf-layout.mjs';

export const RUNNING = '漪川市特种设备重大事故隐患判定细则';
export const FOOTER = (n) => `— ${n} —`;
export const BLOCKS = [
  ['masthead', '漪川市市场监督管理局文件'],
  ['docno', '漪市监规〔2026〕3号'],
  ['RULE'],
  ['title', '漪川市市场监督管理局关于印发《漪川市特种设备重大事故隐患判定细则》的通知'],
  ['recipients', '各区市场监督管理局，市特种设备检验研究院，市局各处室：'],
  ['p', '《漪川市特种设备重大事故隐患判定细则》已经市市场监督管理局局务会议审议通过，现印发给你们，请遵照执行。执行中遇到的问题，请及时向市市场监督管理局特种设备安全监察处反映。'],
  ['sign', '漪川市市场监督管理局'],
  ['date', '2026年4月8日'],
  ['title2', '漪川市特种设备重大事故隐患判定细则'],
  ['p', '第一条　为准确判定、及时消除特种设备重大事故隐患，防范和遏制特种设备事故，根据《中华人民共和国特种设备安全法》《特种设备安全监察条例》等法律法规，结合本市实际，制定本细则。'],
  ['p', '第二条　本细则适用于本市行政区域内在用电梯、起重机械和固定式压力容器的重大事故隐患判定。大型游乐设施、客运索道和场（厂）内专用机动车辆的重大事故隐患判定，不适用本细则。'],
  ['p', '第三条　本细则所称电梯，包括乘客电梯、载货电梯、自动扶梯和自动人行道，不包括仅供单一家庭使用的家用电梯。本细则所称起重机械，是指额定起重量大于或者等于3吨，且提升高度大于或者等于2米的起重机械。本细则所称固定式压力容器，是指最高工作压力大于或者等于0.1MPa，且容积大于或者等于30升的固定式容器。'],
  ['p', '第四条　电梯有下列情形之一的，应当判定为重大事故隐患：'],
  ['p', '（一）超过定期检验有效期仍继续使用，或者定期检验结论为不合格仍继续使用的；'],
  ['p', '（二）制动器、限速器、安全钳、缓冲器、门锁装置等安全保护装置被拆除、短接或者失效的；'],
  ['p', '（三）轿厢不在层站时，层门在层站外能用手扒开的；'],
  ['p', '（四）曳引钢丝绳断丝、磨损超过报废标准，或者钢丝绳直径小于公称直径的90%仍继续使用的；'],
  ['p', '（五）底坑积水深度超过0.05米，或者积水浸及缓冲器、底坑电气设备的；'],
  ['p', '（六）自动扶梯、自动人行道的梳齿板连续缺损2个以上齿，或者扶手带运行速度与梯级速度偏差超过2%的；'],
  ['p', '（七）投入使用满15年，近12个月内因故障困人3次以上，未经安全评估仍继续使用的；'],
  ['p', '（八）连续30日以上未进行维护保养仍继续使用的。'],
  ['p', '第五条　起重机械有下列情形之一的，应当判定为重大事故隐患：'],
  ['p', '（一）起升机构、变幅机构的制动器失效或者被拆除的；'],
  ['p', '（二）起重量限制器、起重力矩限制器、起升高度限位器失效或者被拆除的；'],
  ['p', '（三）主梁、支腿、吊臂等主要受力结构件出现裂纹或者严重变形的；'],
  ['p', '（四）露天作业的门式起重机、装卸桥未设置防风防滑装置，或者防风防滑装置失效的；'],
  ['p', '（五）起重机械任何部位与10千伏架空输电线路的距离小于2米，且未采取隔离防护措施的；'],
  ['p', '（六）吊钩出现裂纹，或者危险断面磨损量达到原尺寸的10%仍继续使用的；'],
  ['p', '（七）额定起重量大于或者等于20吨的起重机械，由未取得相应特种设备作业人员证书的人员操作的；'],
  ['p', '（八）同一轨道上运行的两台以上起重机械未设置防碰撞装置，或者防碰撞装置失效的。'],
  ['p', '第六条　固定式压力容器有下列情形之一的，应当判定为重大事故隐患：'],
  ['p', '（一）未办理使用登记，或者超过定期检验有效期仍继续使用的；'],
  ['p', '（二）安全阀、爆破片等安全泄放装置缺失或者失效，或者安全阀超过1年未经校验的；'],
  ['p', '（三）实际工作压力超过最高允许工作压力运行的；'],
  ['p', '（四）设计压力大于或者等于1.6MPa的储气罐未装设压力表，或者压力表失效的；'],
  ['p', '（五）主要受压元件腐蚀减薄量超过设计壁厚的20%，未经检验机构确认可以继续使用的；'],
  ['p', '（六）盛装易燃、易爆介质的压力容器周围15米范围内进行明火作业，未办理动火审批的。'],
  ['p', '第七条　特种设备使用单位有下列情形之一的，应当判定为重大事故隐患：'],
  ['p', '（一）在用电梯和自动扶梯合计100台以上的商场超市、大型商业综合体，未配备不少于3人的专职特种设备安全管理员的；'],
  ['p', '（二）在用起重机械10台以上的物流仓储企业，未设置特种设备安全管理机构的；'],
  ['p', '（三）对已判定为重大事故隐患的特种设备，未按本细则第九条规定停止使用的。'],
  ['p', '第八条　除本细则第四条至第七条所列情形外，其他违反特种设备安全技术规范、可能导致群死群伤或者造成重大社会影响的情形，经市市场监督管理局组织专家论证，可以判定为重大事故隐患。'],
  ['p', '第九条　特种设备被判定为重大事故隐患的，使用单位应当立即停止使用，设置警示标志，并在24小时内向所在区市场监督管理部门书面报告。区市场监督管理部门应当实行挂牌督办，使用单位整改完成后提出复查申请，区市场监督管理部门应当在收到申请之日起5个工作日内组织复查。'],
  ['p', '第十条　各区市场监督管理部门应当每季度汇总本辖区重大事故隐患的判定和整改情况，于每季度结束后10日内报送市市场监督管理局。市特种设备检验研究院在检验中发现重大事故隐患的，应当在出具检验报告的同时书面告知使用单位和所在区市场监督管理部门。'],
  ['p', '第十一条　本细则由市市场监督管理局负责解释。'],
  ['p', '第十二条　本细则自2026年5月10日起施行，有效期3年。'],
  ['cc', '漪川市市场监督管理局办公室　　　2026年4月8日印发'],
];
if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(GEN, 'gen-2-pdf.mjs')) {
  const L = makeLayout({
    info: { Title: '漪川市特种设备重大事故隐患判定细则', Author: '漪川市市场监督管理局（虚构测试文档）', Subject: 'Fictional evaluation document — p6 (漪川市) pack' },
    date: new Date('2026-04-08T10:00:00+08:00'),
    size: Number(process.env.BODY_SIZE || 12),
    pitch: Number(process.env.PITCH || 1.85),
    bottom: Number(process.env.BOTTOM || 760),
    header: RUNNING,
    footer: FOOTER,
  });
  for (const b of BLOCKS) {
    if (b[0] === 'RULE') L.redRule();
    else L.block(b[0], b[1]);
  }
  const { buffer, pages, log } = await L.end();
  fs.mkdirSync(DOCS, { recursive: true });
  const file = path.join(DOCS, FILE.d2);
  fs.writeFileSync(file, buffer);
  console.log(`wrote ${file} pages=${pages}`);
  let mid = 0;
  for (const s of splits(log)) {
    const inside = !/[。；：]$/u.test(s.before);
    if (inside) mid += 1;
    console.log(`  p${s.page}->p${s.page + 1} ${inside ? 'MID-SENTENCE' : 'at sentence end'}: …${s.before.slice(-16)} ‖ ${s.after.slice(0, 16)}…`);
  }
  fs.writeFileSync(path.join(GEN, 'pdf-lines.json'), `${JSON.stringify(log.map(({ page, line }) => [page, line]))}\n`);
  if (pages < 3) { console.error('ERROR: Doc 2 needs at least 3 pages'); process.exitCode = 1; }
  if (mid < 1) { console.error('ERROR: Doc 2 needs a sentence that runs across a page break'); process.exitCode = 1; }
}
