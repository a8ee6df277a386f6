import { describe, expect, it } from 'vitest';
import type { DocumentMeta } from '../schemas.js';
import { findArticles, findDocHints } from './query-analysis.js';

const doc = (id: string, title: string, docNumber?: string): DocumentMeta => ({ id, file: `${id}.md`, format: 'md', sha256: '', title, pages: 1, ...(docNumber ? { docNumber } : {}) });
const DOCS = [
  doc('law', '中华人民共和国安全生产法'),
  doc('reg', '危险化学品安全管理条例'),
  doc('nx', '自治区工业和信息化厅关于印发《贯彻落实推进城市安全发展的实施意见工作方案》的通知', '宁工信安委发〔2019〕19号'),
];

describe('findDocHints', () => {
  it('finds a document by 《title》, by 文号, and by a law named without 《》', () => {
    expect(findDocHints('《贯彻落实推进城市安全发展的实施意见工作方案》里谁负责？', DOCS).map((h) => h.docId)).toEqual(['nx']);
    expect(findDocHints('宁工信安委发[2019]19号说了什么', DOCS).map((h) => h.docId)).toEqual(['nx']);
    expect(findDocHints('安全生产法第二十一条', DOCS)).toEqual([{ docId: 'law', label: '安全生产法' }]);
    expect(findDocHints('危险化学品安全管理条例从什么时候施行？', DOCS).map((h) => h.docId)).toEqual(['reg']);
    expect(findDocHints('危险化学品企业要做什么？', DOCS)).toEqual([]);
    // a law's three-character everyday name is a title; another three-character title is not
    const fire = [...DOCS, doc('fire', '中华人民共和国消防法'), doc('short', '防火令')];
    expect(findDocHints('上海一年演练几次？国家消防法怎么规定？', fire).map((h) => h.docId)).toEqual(['fire']);
    expect(findDocHints('防火令怎么规定的', fire)).toEqual([]);
  });

  it('finds a title shortened the way people type it, and puts the current text before an earlier version', () => {
    const docs = [
      doc('dust', '汀川市应急管理局关于印发《汀川市工贸企业粉尘涉爆重大事故隐患判定细则（试行）》的通知'),
      { ...doc('old', '霁川省安全生产条例'), status: 'earlier-version' as const },
      { ...doc('new', '霁川省安全生产条例'), status: 'current' as const },
    ];
    expect(findDocHints('粉尘涉爆隐患判定细则从哪天开始执行？', docs).map((h) => h.docId)).toEqual(['dust']);
    expect(findDocHints('这个隐患细则管几年？', docs)).toEqual([]);
    expect(findDocHints('霁川省安全生产条例修订后是哪天开始施行的？', docs).map((h) => h.docId)).toEqual(['new', 'old']);
    // the longest shortening wins, and 办法的决定 names a 决定, not the 办法
    const more = [...docs, doc('nanyang', '南阳市居民住宅区消防安全管理条例'), doc('hazchem', '危险化学品安全管理条例'), doc('measures', '枫渡市有限空间作业安全管理办法')];
    expect(findDocHints('南阳的居民住宅区消防安全管理条例是哪天开始施行的？', more).map((h) => h.docId)).toEqual(['nanyang']);
    expect(findDocHints('枫渡那个修改有限空间办法的决定，从哪天起生效？', more)).toEqual([]);
  });
});

describe('a place and a kind, as people name a document (湝宁市条例, 国家应急条例)', () => {
  const docs = [
    { ...doc('city', '青川市人员密集场所消防安全管理条例'), place: '青川市' },
    { ...doc('plan', '青川市人民政府办公厅关于印发青川市大型商业综合体火灾事故应急预案的通知'), place: '青川市' },
    { ...doc('other', '东坪市人员密集场所消防安全管理条例'), place: '东坪市' },
    { ...doc('law', '生产安全事故应急条例'), place: '全国' },
    { ...doc('law2', '危险化学品安全管理条例'), place: '全国' },
  ];

  it('names that place’s document of that kind, and a national one by a word of its title', () => {
    expect(findDocHints('消防法要求多久一次？青川市条例呢？', docs).map((h) => h.docId)).toEqual(['city']);
    expect(findDocHints('国家应急条例要求多久演练一次？', docs).map((h) => h.docId)).toEqual(['law']);
    // a 预案 issued by a notice that writes its title without 《》
    expect(findDocHints('青川市综合体火灾预案里二级响应是死几个人？', docs).map((h) => h.docId)).toEqual(['plan']);
    // 国家条例 alone names none of several
    expect(findDocHints('国家条例怎么规定的？', docs)).toEqual([]);
    // the place without its level (青川条例), and words of one title with its kind (裁量基准)
    const more = [...docs, { ...doc('scale', '青川市农业农村局关于印发《青川市渔业行政处罚自由裁量基准》的通知'), place: '青川市' }];
    expect(findDocHints('青川条例规定罚多少？裁量基准里按多少罚？', more).map((h) => h.docId)).toEqual(['city', 'scale']);
    expect(findDocHints('企业要不要编应急预案？', more)).toEqual([]);
  });
});

describe('findArticles', () => {
  it('reads article numbers in Chinese and arabic numerals', () => {
    expect(findArticles('安全生产法第21条')).toEqual([{ label: '第二十一条', law: '安全生产法' }]);
    expect(findArticles('第一百零二条和第十二条')).toEqual([{ label: '第一百零二条' }, { label: '第十二条' }]);
  });
});
