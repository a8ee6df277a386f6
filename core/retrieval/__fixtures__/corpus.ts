/**
 * Test fixture: the five shipped notices cut into clauses by a deliberately crude splitter
 * (one clause per outline paragraph, one per **industry** label), plus a hand-built excerpt of
 * the 安全生产法 for article lookups. Stands in for the ingest parser until it lands; the
 * metadata below is what ingest is expected to produce (region, issuers, title, docNumber).
 */
import { readFileSync } from 'node:fs';
import type { Clause, ClauseKind, DocumentMeta } from '../../schemas.js';

interface Source {
  file: string;
  meta: Pick<DocumentMeta, 'title' | 'region'> & Partial<DocumentMeta>;
}

export const SOURCES: Source[] = [
  { file: '000_520195096db562b3.txt', meta: { title: '省经信厅关于进一步加强工业行业安全生产管理的通知', region: '湖北省', issuers: ['湖北省经济和信息化厅'] } },
  { file: '001_443897da330bd342.txt', meta: { title: '关于切实履行职责做好指导督促工业行业加强安全生产工作的通知', region: '山东省济宁市' } },
  { file: '002_c1536b6ac6ba3ddc.txt', meta: { title: '威海市文登区工业和信息化局关于印发《全区工信系统安全生产治本攻坚三年行动实施方案（2024-2026年）》的通知', region: '山东省威海市文登区', issuers: ['威海市文登区工业和信息化局'] } },
  { file: '003_f7d37758b1e40b09.txt', meta: { title: '舞钢市产业区安全专项整治三年行动实施方案', region: '河南省舞钢市' } },
  { file: '004_030a31d8aad843b8.txt', meta: { title: '自治区工业和信息化厅关于印发《贯彻落实推进城市安全发展的实施意见工作方案》的通知', region: '宁夏回族自治区', issuers: ['宁夏回族自治区工业和信息化厅'], docNumber: '宁工信安委发〔2019〕19号' } },
];

// Outline markers: 一、总体要求 / （一）切实落实… / 1.科学规划…
const OUTLINE: Array<[RegExp, ClauseKind]> = [
  [/^[一二三四五六七八九十]+、/u, 'outline1'],
  [/^[（(][一二三四五六七八九十]+[）)]/u, 'outline2'],
  [/^\d+[.．]/u, 'outline3'],
];
// An inline industry label in the 文登 notice, e.g. **民爆行业**，
const LABEL = /\*\*([^*]+)\*\*[，,]?/gu;

function paragraphs(raw: string): string[] {
  const lines = raw
    .replace(/\[bookmark: [^\]]*\]/gu, '')
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== '');
  const out: string[] = [];
  for (const line of lines) {
    const prev = out[out.length - 1];
    // Rejoin a sentence broken by extraction (依法行\n\n政): a long line not ending like “…通知如下。” or “…（责任处室：化工处）”.
    if (prev !== undefined && prev.length > 40 && !/[。；：！？”）)]$/u.test(prev) && !OUTLINE.some(([re]) => re.test(line))) out[out.length - 1] = prev + line;
    else out.push(line);
  }
  return out;
}

function heading(p: string): string {
  // The heading ends at the first 。 or ；, e.g. （一）切实落实安全管理责任 in “（一）切实落实安全管理责任。深入…”.
  const cut = p.search(/[。；]/u);
  return cut > 0 && cut < 60 ? p.slice(0, cut) : p.slice(0, 60);
}

/** Clauses of one document: outline paragraphs and label segments, with offsets into `text`. */
export function splitDocument(docId: string, raw: string): { text: string; clauses: Clause[] } {
  const paras = paragraphs(raw);
  const text = paras.join('\n');
  const clauses: Clause[] = [];
  const stack: string[] = [];
  let offset = 0;
  paras.forEach((p, i) => {
    const level = OUTLINE.findIndex(([re]) => re.test(p));
    if (level >= 0) stack.splice(level, stack.length, heading(p));
    const kind: ClauseKind = level >= 0 ? OUTLINE[level]![1] : i < 3 ? 'preamble' : 'paragraph';
    const base = { docId, page: 1, level: stack.length };
    const labels = [...p.matchAll(LABEL)];
    const headEnd = labels[0]?.index ?? p.length;
    clauses.push({ ...base, id: `${docId}#${clauses.length}`, path: [...stack], kind, text: p.slice(0, headEnd), start: offset, end: offset + headEnd });
    labels.forEach((m, j) => {
      const end = labels[j + 1]?.index ?? p.length;
      const t = p.slice(m.index, end);
      clauses.push({ ...base, id: `${docId}#${clauses.length}`, path: [...stack, m[1]!], kind: 'label', level: stack.length + 1, text: t, start: offset + m.index, end: offset + end });
    });
    offset += p.length + 1;
  });
  return { text, clauses };
}

/** The hand-built law excerpt: 第二十条 to 第二十二条 of the 安全生产法 (2021), 第二十一条 with its items. */
export function lawDocument(): { document: DocumentMeta; clauses: Clause[] } {
  const id = 'law_aqscf';
  const rows: Array<[string[], ClauseKind, string]> = [
    [['第二章 生产经营单位的安全生产保障', '第二十条'], 'article', '第二十条　生产经营单位应当具备本法和有关法律、行政法规和国家标准或者行业标准规定的安全生产条件；不具备安全生产条件的，不得从事生产经营活动。'],
    [['第二章 生产经营单位的安全生产保障', '第二十一条'], 'article', '第二十一条　生产经营单位的主要负责人对本单位安全生产工作负有下列职责：'],
    [['第二章 生产经营单位的安全生产保障', '第二十一条', '（一）'], 'item', '（一）建立健全并落实本单位全员安全生产责任制，加强安全生产标准化建设；'],
    [['第二章 生产经营单位的安全生产保障', '第二十一条', '（五）'], 'item', '（五）组织建立并落实安全风险分级管控和隐患排查治理双重预防工作机制，督促、检查本单位的安全生产工作，及时消除生产安全事故隐患；'],
    [['第二章 生产经营单位的安全生产保障', '第二十二条'], 'article', '第二十二条　生产经营单位的全员安全生产责任制应当明确各岗位的责任人员、责任范围和考核标准等内容。'],
  ];
  let offset = 0;
  const clauses = rows.map(([path, kind, text], i): Clause => {
    const c = { id: `${id}#${i}`, docId: id, path, level: path.length, kind, page: 1, text, start: offset, end: offset + text.length };
    offset += text.length + 1;
    return c;
  });
  const document: DocumentMeta = { id, file: 'aqscf.txt', format: 'txt', sha256: '0'.repeat(64), title: '中华人民共和国安全生产法', level: 'national', pages: 1 };
  return { document, clauses };
}

/** All five notices and the law excerpt as documents and clauses. */
export function loadFixtureCorpus(): { documents: DocumentMeta[]; clauses: Clause[] } {
  const documents: DocumentMeta[] = [];
  const clauses: Clause[] = [];
  for (const s of SOURCES) {
    const id = s.file.slice(0, 3);
    const raw = readFileSync(new URL(`../../../corpus/notices/${s.file}`, import.meta.url), 'utf8');
    documents.push({ id, file: s.file, format: 'txt', sha256: '0'.repeat(64), pages: 1, ...s.meta });
    clauses.push(...splitDocument(id, raw).clauses);
  }
  const law = lawDocument();
  return { documents: [...documents, law.document], clauses: [...clauses, ...law.clauses] };
}
