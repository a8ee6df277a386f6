import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Clause, ParsedDocument } from '../core/schemas.js';
import { norm } from '../core/text/normalize.js';
import { parseDocument } from './parse-document.js';

const corpus = join(import.meta.dirname, '..', 'corpus', 'notices');
const laws = join(import.meta.dirname, '..', 'corpus', 'laws');

async function parse(dir: string, file: string): Promise<ParsedDocument> {
  return parseDocument(new Uint8Array(readFileSync(join(dir, file))), file);
}

function find(doc: ParsedDocument, anchor: string): Clause {
  const hits = doc.clauses.filter((c) => norm(c.text).includes(norm(anchor)));
  expect(hits, `exactly one clause holds ${anchor}`).toHaveLength(1);
  return hits[0]!;
}

describe('the five notices', () => {
  it('every clause is an exact slice of the cleaned text', async () => {
    for (const file of readdirSync(corpus)) {
      const doc = await parse(corpus, file);
      for (const c of doc.clauses) expect(doc.text.slice(c.start, c.end)).toBe(c.text);
    }
  });

  it('000: the sentence broken by a blank line (依法行|政) is joined back', async () => {
    const doc = await parse(corpus, '000_520195096db562b3.txt');
    const c = find(doc, '依法行政，认真履行安全生产管理职责');
    expect(c.path).toEqual(['二、健全完善工业行业安全生产管理责任体系', '（一）切实落实安全管理责任']);
    expect(c.text.startsWith('（一）切实落实安全管理责任。')).toBe(true);
    expect(doc.document).toMatchObject({ title: '省经信厅关于进一步加强工业行业安全生产管理的通知', issuers: ['湖北省经济和信息化厅'], region: '湖北省', level: 'province' });
    expect(doc.document.docNumber).toBeUndefined();
    expect(doc.document.date).toBeUndefined();
    expect(find(doc, '(九) 多措并举').path[1]).toBe('(九)多措并举加大对搬迁改造企业的支持力度');
  });

  it('001: bookmarks are dropped, the two-line title is one, nothing is guessed', async () => {
    const doc = await parse(corpus, '001_443897da330bd342.txt');
    expect(doc.text).not.toContain('bookmark');
    expect(doc.document.title).toBe('关于切实履行职责做好指导督促以行业加强安全生产工作的通知');
    expect(doc.document.docNumber).toBeUndefined();
    expect(doc.document.date).toBeUndefined();
    expect(doc.document.issuers).toBeUndefined();
    expect(doc.document.addressees).toEqual(['各县（市、区）工信局', '济宁高新区、太白湖新区、济宁经开区经发局']);
    const c = find(doc, '严禁将废旧、缴获或来路不明的危险品与民爆物品同库存储');
    expect(c.path).toEqual(['三、强化工作措施，做好民爆行业的安全监管工作', '（二）持续深入开展安全生产集中整治']);
    expect(c.id).toBe('001_443897da330bd342#3.2');
  });

  it('002: inline industry labels open sub-clauses; the signature date is a clause', async () => {
    const doc = await parse(corpus, '002_c1536b6ac6ba3ddc.txt');
    const labels = doc.clauses.filter((c) => c.kind === 'label' && c.path[1]?.startsWith('（五）')).map((c) => c.path[2]);
    expect(labels).toEqual(['民爆行业', '修造船行业', '废弃资源综合利用业', '软件和信息技术服务业']);
    const waste = find(doc, '机械、电气、火灾、高坠、爆炸、灼烫以及车辆');
    expect(waste.path).toEqual(['三、主要任务', '（五）提升监管行业安全监管能力和水平', '废弃资源综合利用业']);
    expect(waste.text).toBe('废弃资源综合利用业，要重点围绕企业生产作业过程中机械、电气、火灾、高坠、爆炸、灼烫以及车辆7个方面进行检查，不断提高安全管理工作水平。');
    expect(find(doc, '（其中，民爆生产销售企业每月至少 1 次）').text).toContain('至少开展1次重大事故隐患排查检查（其中，民爆生产销售企业每月至少1次）');
    expect(find(doc, '2024年3月26日').path).toEqual(['落款']);
    expect(doc.document).toMatchObject({ issuers: ['威海市文登区工业和信息化局'], date: '2024-03-26', dateKind: '成文', region: '威海市文登区', level: 'district' });
    // The 根据|国家 page-break split inside （一） is joined: one clause, not a 段 of 三、.
    expect(find(doc, '根据国家重大事故隐患判定标准修订情况').path).toEqual(['三、主要任务', '（一）开展监管行业重大事故隐患判定标准提升工作']);
  });

  it('003: 二、（三）3. and the closing paragraph of 三、 attach to the right nodes', async () => {
    const doc = await parse(corpus, '003_f7d37758b1e40b09.txt');
    expect(doc.document.title).toBe('舞钢市产业区安全专项整治三年行动实施方案');
    const item = find(doc, '深化涉爆粉尘、液氨制冷、建设施工');
    expect(item.path).toEqual(['二、主要任务', '（三）深化风险分级管控和隐患排查治理为重点的产业区安全…', '3.突出重大安全风险管控与隐患治理']);
    expect(item.level).toBe(3);
    expect(item.kind).toBe('outline3');
    const closing = find(doc, '对重点任务和工作计划完成情况要实施评估');
    expect(closing.path).toEqual(['三、时间安排', '第2段']);
    expect(find(doc, '从2020年6月至2022年12月').path).toEqual(['三、时间安排']);
  });

  it('004: items under 四、 after the numbering gap, metadata kept out of clauses', async () => {
    const doc = await parse(corpus, '004_030a31d8aad843b8.txt');
    const c = find(doc, '建立完善安全生产相关法律法规及标准的查询、解读');
    expect(c.path).toEqual(['四、强化城市安全保障能力', '（三）提升市民安全素质和安全防范技能']);
    expect(c.id).toBe('004_030a31d8aad843b8#4.3');
    expect(c.text.startsWith('（三）提升市民安全素质和安全防范技能。\n\n建立完善')).toBe(true);
    expect(doc.document).toMatchObject({
      title: '自治区工业和信息化厅关于印发《贯彻落实推进城市安全发展的实施意见工作方案》的通知',
      issuers: ['宁夏回族自治区工业和信息化厅'],
      docNumber: '宁工信安委发〔2019〕19号',
      date: '2019-06-28',
      dateKind: '印发',
      region: '宁夏回族自治区',
      level: 'province',
      addressees: ['各市工业和信息化主管部门', '各有关处室'],
      cc: ['自治区安委会办公室', '厅领导'],
    });
    const all = doc.clauses.map((c) => c.text).join('\n');
    for (const meta of ['抄送', '2019年6月28日印发', '宁工信安委发〔2019〕19号', '此件公开发布']) expect(all).not.toContain(meta);
  });
});

describe('the three laws', () => {
  const cases = [
    ['安全生产法(2021-06-10).md', 119, 7],
    ['消防法(2021-04-29).md', 74, 7],
    ['危险化学品安全管理条例(2013-12-07).md', 102, 8],
  ] as const;

  it.each(cases)('%s parses into %i articles under their 章', async (file, articles, chapters) => {
    const doc = await parse(laws, file);
    const arts = doc.clauses.filter((c) => c.kind === 'article');
    expect(arts).toHaveLength(articles);
    expect(doc.clauses.filter((c) => c.kind === 'chapter')).toHaveLength(chapters);
    for (const a of arts) {
      expect(a.path).toHaveLength(2);
      expect(a.path[0]).toMatch(/^第[一二三四五六七八九十]+章 /u);
      expect(a.text.startsWith(a.path[1]!)).toBe(true);
    }
  });

  it('安全生产法: 第二十一条 sits in 第二章 with its 项; 第三条 has three 款', async () => {
    const doc = await parse(laws, '安全生产法(2021-06-10).md');
    const art = doc.clauses.find((c) => c.path[1] === '第二十一条')!;
    expect(art.path).toEqual(['第二章 生产经营单位的安全生产保障', '第二十一条']);
    const items = doc.clauses.filter((c) => c.parentId === art.id);
    expect(items.map((c) => c.path[2])).toEqual(['（一）', '（二）', '（三）', '（四）', '（五）', '（六）', '（七）']);
    expect(items.every((c) => c.kind === 'item')).toBe(true);
    const third = doc.clauses.filter((c) => c.path[1] === '第三条');
    expect(third.map((c) => c.path.at(-1))).toEqual(['第三条', '第二款', '第三款']);
    // The article is the whole article; its 款 are slices inside it.
    expect(third[0]!.text.startsWith('第三条 安全生产工作坚持中国共产党的领导。\n\n安全生产工作应当以人为本')).toBe(true);
    expect(third[0]!.text.endsWith('建立生产经营单位负责、职工参与、政府监管、行业自律和社会监督的机制。')).toBe(true);
    for (const p of third.slice(1)) expect(third[0]!.start <= p.start && p.end <= third[0]!.end).toBe(true);
    expect(third[1]!.text.startsWith('安全生产工作应当以人为本')).toBe(true);
    expect(doc.document.title).toBe('中华人民共和国安全生产法');
  });
});

describe('the place a document is of, from its issuer', () => {
  const parseText = (text: string, file: string) => parseDocument(new TextEncoder().encode(text), file);

  it('a development zone’s own notice is of the zone’s city (桤坞经济开发区 → 桤坞)', async () => {
    const doc = await parseText(['桤坞经济开发区管理委员会关于调整执行专项整治工作方案有关事项的通知', '开发区各部门：', '一、开发区规划建设局牵头塔吊检验核查。'].join('\n\n'), 'zone.txt');
    expect(doc.document.region).toBe('桤坞');
  });

  it('an autonomous prefecture’s rule is of the whole prefecture, and 房屋市政 is no city', async () => {
    const zhou = await parseText(['荻峦苗族侗族自治州人民政府关于印发深基坑安全管理规定的通知', '各县（市）人民政府：', '一、深基坑工程应当委托第三方监测。'].join('\n\n'), 'zhou.txt');
    expect(zhou.document).toMatchObject({ region: '荻峦苗族侗族自治州', level: 'city' });
    const standard = await parseText(['琇嵘省房屋市政工程生产安全重大事故隐患判定标准', '一、施工单位未取得安全生产许可证擅自从事施工活动。'].join('\n\n'), 'standard.txt');
    expect(standard.document).toMatchObject({ region: '琇嵘省', level: 'province' });
  });

  it('a policy explanation is titled by its own heading, not by the web page’s navigation line above it', async () => {
    const page = await parseText(['您现在的位置：首页 > 政策法规 > 政策解读', '《青川省化工园区安全管理办法》修正政策解读', '一、化工园区周边的安全距离是怎么规定的？', '新建化工园区与居住区的距离不得少于500米。'].join('\n\n'), 'faq.txt');
    expect(page.document).toMatchObject({ title: '《青川省化工园区安全管理办法》修正政策解读', region: '青川省' });
  });
});

describe('a passage a notice quotes', () => {
  it('is text of the clause quoting it, not an article of the notice (> 第二条　本细则适用于…)', async () => {
    const notice = [
      '# 青川市应急管理局关于修改重大事故隐患判定细则的通知',
      '## 一、修改《细则》第二条',
      '《细则》第二条修改为：',
      '> 第二条　本细则适用于本市行政区域内下列企业重大事故隐患的判定：',
      '>',
      '> （二）液氨使用量5吨以上的涉氨制冷企业。',
      '## 二、其他事项',
      '《细则》其他内容不变。',
    ].join('\n\n');
    const doc = await parseDocument(new TextEncoder().encode(notice), 'notice.md');
    expect(doc.clauses.some((c) => c.path.includes('第二条'))).toBe(false);
    const quoting = find(doc, '液氨使用量5吨以上的涉氨制冷企业');
    expect(quoting.path[0]).toBe('一、修改《细则》第二条');
    expect(quoting.text).toContain('第二条 本细则适用于本市行政区域内下列企业重大事故隐患的判定：');
  });
});
