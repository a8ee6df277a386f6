/**
 * Every shape that crosses a module, the disk or the wire, declared once.
 * Domain words: 编 part, 章 chapter, 节 section, 条 article, 款 paragraph, 项 item;
 * 牵头 lead, 配合 cooperate, 责任 responsible.
 */
import { Type, type Static } from 'typebox';

/** Kinds of structural node. `outline1..5` are 一、 （一） 1. （1） ①; `label` is an inline industry label; `row` a Word table row. */
export const ClauseKindSchema = Type.Union([
  Type.Literal('preamble'),
  Type.Literal('part'),
  Type.Literal('chapter'),
  Type.Literal('section'),
  Type.Literal('article'),
  Type.Literal('paragraph'),
  Type.Literal('item'),
  Type.Literal('outline1'),
  Type.Literal('outline2'),
  Type.Literal('outline3'),
  Type.Literal('outline4'),
  Type.Literal('outline5'),
  Type.Literal('label'),
  Type.Literal('row'),
  Type.Literal('attachment'),
  Type.Literal('closing'),
]);
export type ClauseKind = Static<typeof ClauseKindSchema>;

/** The heading a preamble clause is filed under: the body before the first heading, the addressees, the signature (issuer, date). */
export const PREAMBLE_NAME = { body: '导语', addressee: '主送', signature: '落款' } as const;

/** A citable unit: an exact slice [start, end) of its document's cleaned text. */
export const ClauseSchema = Type.Object({
  id: Type.String(),
  docId: Type.String(),
  path: Type.Array(Type.String()),
  level: Type.Integer({ minimum: 0 }),
  kind: ClauseKindSchema,
  page: Type.Integer({ minimum: 1 }),
  text: Type.String(),
  start: Type.Integer({ minimum: 0 }),
  end: Type.Integer({ minimum: 0 }),
  parentId: Type.Optional(Type.String()),
});
export type Clause = Static<typeof ClauseSchema>;

export const FormatSchema = Type.Union([
  Type.Literal('txt'),
  Type.Literal('md'),
  Type.Literal('docx'),
  Type.Literal('pdf'),
  Type.Literal('html'),
]);
export type Format = Static<typeof FormatSchema>;

export const AdminLevelSchema = Type.Union([
  Type.Literal('national'),
  Type.Literal('province'),
  Type.Literal('city'),
  Type.Literal('county'),
  Type.Literal('district'),
]);
export type AdminLevel = Static<typeof AdminLevelSchema>;

/** Document metadata. Optional fields are absent when the document does not state them. */
/** What kind of text a document is, read from the text itself (never from the file name). */
export const LegalLevelSchema = Type.Union([
  Type.Literal('法律'),
  Type.Literal('行政法规'),
  Type.Literal('部门规章'),
  Type.Literal('地方性法规'),
  Type.Literal('经济特区法规'),
  Type.Literal('地方政府规章'),
  Type.Literal('规范性文件'),
  Type.Literal('工作文件'),
]);
export type LegalLevel = Static<typeof LegalLevelSchema>;

/** One line of a law's history: 2021年6月10日 …第三次修正. */
export const RevisionSchema = Type.Object({
  /** ISO date. */
  date: Type.String(),
  action: Type.Union([Type.Literal('通过'), Type.Literal('修订'), Type.Literal('修正'), Type.Literal('公布'), Type.Literal('施行')]),
  text: Type.String(),
});
export type Revision = Static<typeof RevisionSchema>;

/** Whether a document is the text in force: set when the knowledge base is built, from all documents together. */
export const DocStatusSchema = Type.Union([Type.Literal('current'), Type.Literal('earlier-version'), Type.Literal('repealed'), Type.Literal('expired')]);
export type DocStatus = Static<typeof DocStatusSchema>;

export const DocumentMetaSchema = Type.Object({
  id: Type.String(),
  file: Type.String(),
  format: FormatSchema,
  sha256: Type.String(),
  title: Type.String(),
  issuers: Type.Optional(Type.Array(Type.String())),
  docNumber: Type.Optional(Type.String()),
  /** ISO date (YYYY-MM-DD). */
  date: Type.Optional(Type.String()),
  dateText: Type.Optional(Type.String()),
  dateKind: Type.Optional(Type.Union([Type.Literal('成文'), Type.Literal('印发')])),
  region: Type.Optional(Type.String()),
  level: Type.Optional(AdminLevelSchema),
  addressees: Type.Optional(Type.Array(Type.String())),
  cc: Type.Optional(Type.Array(Type.String())),
  pages: Type.Integer({ minimum: 1 }),
  legalLevel: Type.Optional(LegalLevelSchema),
  /** The place the document governs, as the gazetteer names it: 全国, 河南省, 南阳市, 汕头市, 白河市南岸区. */
  place: Type.Optional(Type.String()),
  /** ISO date the document takes effect (施行日期), and the words that say so. */
  effective: Type.Optional(Type.String()),
  effectiveText: Type.Optional(Type.String()),
  /** For an amended law: ISO date the text as amended takes effect, from its 公告 (现予公布，自…起施行). */
  amendedEffective: Type.Optional(Type.String()),
  /** ISO date the document stops applying (有效期至…), when it says so. */
  validUntil: Type.Optional(Type.String()),
  /** A law's history lines (通过/修订/修正), oldest first. */
  revisions: Type.Optional(Type.Array(RevisionSchema)),
  /** Set at knowledge-base build: current, an earlier version of another document, repealed or expired. */
  status: Type.Optional(DocStatusSchema),
  /** For an earlier version: the id of the document that is the current text. */
  currentVersion: Type.Optional(Type.String()),
});
export type DocumentMeta = Static<typeof DocumentMetaSchema>;

/**
 * A clause-level change one document makes to another: 《分工方案》第6项…调整为每季度 (adjust), …废止 (repeal),
 * …仍按每月执行 (unchanged). The changed clause keeps its text; answers use the changing clause instead.
 */
export const OverrideSchema = Type.Object({
  id: Type.String(),
  /** The clause that states the change, and its document. */
  docId: Type.String(),
  clauseId: Type.String(),
  /** The changed document and clause (absent when the item could not be resolved to a clause). */
  targetDocId: Type.String(),
  targetClauseId: Type.Optional(Type.String()),
  /** What the change names, as written: 《分工方案》第6项, 《细则》第二条. */
  target: Type.String(),
  action: Type.Union([Type.Literal('adjust'), Type.Literal('repeal'), Type.Literal('unchanged')]),
  /** What of the item changes: its lead unit, its frequency, its deadline, or the whole of it. */
  field: Type.Optional(Type.Union([Type.Literal('lead'), Type.Literal('frequency'), Type.Literal('deadline'), Type.Literal('whole')])),
  /** ISO date the change takes effect; the changing document's date when it gives none. */
  effective: Type.Optional(Type.String()),
  /** Exact substring of the changing clause that states the change. */
  quote: Type.String(),
  /**
   * The place the change holds in, when the changing document governs a place inside the changed one's (a
   * district's notice adjusting its city's 方案 在本区范围内): elsewhere the changed item stays in force.
   */
  scope: Type.Optional(Type.String()),
});
export type Override = Static<typeof OverrideSchema>;

/** One parsed document: metadata, cleaned text, and its clauses in document order. */
export const ParsedDocumentSchema = Type.Object({
  document: DocumentMetaSchema,
  text: Type.String(),
  clauses: Type.Array(ClauseSchema),
});
export type ParsedDocument = Static<typeof ParsedDocumentSchema>;

export const FrequencySchema = Type.Object({
  text: Type.String(),
  per: Type.Optional(
    Type.Union([
      Type.Literal('day'),
      Type.Literal('week'),
      Type.Literal('month'),
      Type.Literal('quarter'),
      Type.Literal('half-year'),
      Type.Literal('year'),
      Type.Literal('years'),
    ]),
  ),
  /** For `per: 'years'` or `'month'`, how many years or months one period spans (每5年 → 5, 每两个月 → 2). */
  every: Type.Optional(Type.Integer({ minimum: 1 })),
  times: Type.Optional(Type.Integer({ minimum: 1 })),
  atLeast: Type.Optional(Type.Boolean()),
});
export type Frequency = Static<typeof FrequencySchema>;

export const DeadlineSchema = Type.Object({
  text: Type.String(),
  /** ISO date or month (YYYY-MM-DD / YYYY-MM / YYYY) when the text names one. */
  date: Type.Optional(Type.String()),
});
export type Deadline = Static<typeof DeadlineSchema>;

/** How a duty's units were found: written on the row, carried from an earlier default, read from a sentence, a table row. */
export const DutyHowSchema = Type.Union([
  Type.Literal('explicit'),
  Type.Literal('inherited'),
  Type.Literal('sentence'),
  Type.Literal('table'),
]);

export const DutySchema = Type.Object({
  id: Type.String(),
  docId: Type.String(),
  clauseId: Type.String(),
  path: Type.Array(Type.String()),
  task: Type.String(),
  lead: Type.Array(Type.String()),
  cooperate: Type.Array(Type.String()),
  /** True when the document lists 责任处室 without separating lead from cooperating offices. */
  undifferentiated: Type.Optional(Type.Boolean()),
  deadline: Type.Optional(DeadlineSchema),
  frequency: Type.Optional(FrequencySchema),
  targets: Type.Array(Type.String()),
  how: DutyHowSchema,
  /** Exact substring of the clause text that assigns the units. */
  quote: Type.String(),
  /** For `how: 'inherited'`: the clause that stated the default lead (`以下均需…负责`), to cite beside this one. */
  inheritedFrom: Type.Optional(Type.String()),
});
export type Duty = Static<typeof DutySchema>;

/** The kinds of fact read from clauses at ingest (duties are kept apart, in the duty matrix). */
export const FactTypeSchema = Type.Union([
  Type.Literal('deadline'),
  Type.Literal('frequency'),
  Type.Literal('threshold'),
  Type.Literal('criterion'),
  Type.Literal('check'),
  Type.Literal('contact'),
  Type.Literal('scope'),
]);
export type FactType = Static<typeof FactTypeSchema>;

/**
 * One typed fact, tied to the exact span of its clause: `quote` is `clause.text.slice(start, end)`.
 * `value` states the fact in its own words (每季度至少1次, 2025年5月20日前, 10吨以上, 林雪 0489-6213362).
 */
export const FactSchema = Type.Object({
  id: Type.String(),
  type: FactTypeSchema,
  docId: Type.String(),
  clauseId: Type.String(),
  start: Type.Integer({ minimum: 0 }),
  end: Type.Integer({ minimum: 0 }),
  quote: Type.String(),
  value: Type.String(),
  /** What the fact is about: the sentence's subject, a check's heading, a criterion list's lead-in. */
  subject: Type.Optional(Type.String()),
  /** Thresholds: the number, its unit and comparator (以上, 不少于, 不超过…). */
  number: Type.Optional(Type.Number()),
  unit: Type.Optional(Type.String()),
  comparator: Type.Optional(Type.String()),
  /** Deadlines: ISO date when stated. */
  date: Type.Optional(Type.String()),
  /** Contacts. */
  person: Type.Optional(Type.String()),
  phone: Type.Optional(Type.String()),
  email: Type.Optional(Type.String()),
  org: Type.Optional(Type.String()),
  /** Criteria: the item's label within its article or list (第五条第（四）项); a catch-all has none. */
  label: Type.Optional(Type.String()),
  catchAll: Type.Optional(Type.Boolean()),
  /** Scope: whether the sentence includes, excludes, defines or extends by reference (参照执行). */
  scope: Type.Optional(Type.Union([Type.Literal('applies'), Type.Literal('excludes'), Type.Literal('defines'), Type.Literal('refers')])),
});
export type Fact = Static<typeof FactSchema>;

export const ManifestSchema = Type.Object({
  schemaVersion: Type.Integer(),
  createdAt: Type.String(),
  embedder: Type.Object({ id: Type.String(), dims: Type.Integer() }),
  /** The lexicon duties were read with: a later ingest reuses the duties of unchanged files only under the same one. */
  lexiconId: Type.Optional(Type.String()),
  corpusHash: Type.String(),
  files: Type.Array(Type.Object({ file: Type.String(), source: Type.String(), sha256: Type.String(), docId: Type.String() })),
  counts: Type.Object({ documents: Type.Integer(), clauses: Type.Integer(), duties: Type.Integer(), facts: Type.Integer() }),
});
export type Manifest = Static<typeof ManifestSchema>;

/**
 * A character a reader can see: not whitespace (\s covers the full-width space U+3000), not a control
 * character, not a zero-width space or byte-order mark. "民爆？" has one; " \u3000\n", "\u0000" and "\u200b" do not.
 */
export const VISIBLE_CHARACTER = '[^\\s\\u0000-\\u001f\\u007f-\\u009f\\u200b-\\u200d\\u2060\\ufeff]';

/** Longest question, as the page's question box allows. */
export const QUESTION_MAX_CHARS = 2000;

/** A question (or checklist request): 1 to 2,000 characters with at least one visible one. */
export const QuestionSchema = Type.String({ minLength: 1, maxLength: QUESTION_MAX_CHARS, pattern: VISIBLE_CHARACTER });

/** A turn of earlier conversation; only the last question and answer are read, so a turn is capped. */
export const ChatTurnSchema = Type.Object({
  role: Type.Union([Type.Literal('user'), Type.Literal('assistant')]),
  content: Type.String({ maxLength: 4000 }),
});
export type ChatTurn = Static<typeof ChatTurnSchema>;

/** At most 20 turns of history. */
export const HistorySchema = Type.Array(ChatTurnSchema, { maxItems: 20 });

export const SearchFiltersSchema = Type.Object({
  docIds: Type.Optional(Type.Array(Type.String({ maxLength: 200 }), { maxItems: 50 })),
  region: Type.Optional(Type.String({ maxLength: 100 })),
  industry: Type.Optional(Type.String({ maxLength: 100 })),
});
export type SearchFilters = Static<typeof SearchFiltersSchema>;

export const CitationSchema = Type.Object({
  n: Type.Integer({ minimum: 1 }),
  docId: Type.String(),
  file: Type.String(),
  title: Type.String(),
  clauseId: Type.String(),
  path: Type.Array(Type.String()),
  quote: Type.String(),
  page: Type.Optional(Type.Integer()),
});
export type Citation = Static<typeof CitationSchema>;

export const RetrievedSchema = Type.Object({
  clauseId: Type.String(),
  file: Type.String(),
  path: Type.Array(Type.String()),
  score: Type.Number(),
});
export type Retrieved = Static<typeof RetrievedSchema>;

export const AnswerModeSchema = Type.Union([Type.Literal('extractive'), Type.Literal('llm')]);
export type AnswerMode = Static<typeof AnswerModeSchema>;

/** Answer with the rules in force on this date (YYYY-MM-DD); default: a date the question names, else today. */
export const AsOfSchema = Type.String({ pattern: '^\\d{4}-\\d{2}-\\d{2}$' });

export const AskRequestSchema = Type.Object({
  question: QuestionSchema,
  history: Type.Optional(HistorySchema),
  filters: Type.Optional(SearchFiltersSchema),
  asOf: Type.Optional(AsOfSchema),
});
export type AskRequest = Static<typeof AskRequestSchema>;

export const AnswerSchema = Type.Object({
  answer: Type.String(),
  supported: Type.Boolean(),
  mode: AnswerModeSchema,
  intent: Type.Optional(Type.String()),
  citations: Type.Array(CitationSchema),
  retrieved: Type.Array(RetrievedSchema),
  /** Citations the model gave that failed verification and were removed. */
  rejected: Type.Optional(Type.Array(Type.Object({ n: Type.Integer(), reason: Type.String() }))),
  checklistId: Type.Optional(Type.String()),
  /** The facts the answer states first, each with the [n] of its citation, for the page to show. */
  facts: Type.Optional(Type.Array(Type.Object({ type: Type.String(), value: Type.String(), n: Type.Integer({ minimum: 1 }) }))),
});
export type Answer = Static<typeof AnswerSchema>;

/** Frames the chat socket sends; every switch over `type` ends in a `never` check. */
export const ServerFrameSchema = Type.Union([
  Type.Object({ type: Type.Literal('answer-start'), id: Type.String(), mode: AnswerModeSchema }),
  Type.Object({ type: Type.Literal('answer-delta'), id: Type.String(), text: Type.String() }),
  Type.Object({ type: Type.Literal('citation'), id: Type.String(), citation: CitationSchema }),
  Type.Object({ type: Type.Literal('answer-end'), id: Type.String(), answer: AnswerSchema }),
  Type.Object({ type: Type.Literal('error'), id: Type.Optional(Type.String()), code: Type.String(), message: Type.String() }),
]);
export type ServerFrame = Static<typeof ServerFrameSchema>;

/** The question frame of the chat socket: the fields of POST /api/ask plus the answer's id. */
export const AskFrameSchema = Type.Object({
  type: Type.Literal('ask'),
  id: Type.String({ minLength: 1, maxLength: 100 }),
  question: QuestionSchema,
  history: Type.Optional(HistorySchema),
  filters: Type.Optional(SearchFiltersSchema),
  asOf: Type.Optional(AsOfSchema),
});

export const ClientFrameSchema = Type.Union([AskFrameSchema, Type.Object({ type: Type.Literal('cancel'), id: Type.String({ minLength: 1, maxLength: 100 }) })]);
export type ClientFrame = Static<typeof ClientFrameSchema>;

export const EvalCaseSchema = Type.Object({
  id: Type.String(),
  category: Type.String(),
  question: Type.String(),
  history: Type.Optional(Type.Array(ChatTurnSchema)),
  gold: Type.Array(Type.Object({ doc: Type.String(), anchor: Type.String() })),
  answer_must_contain: Type.Optional(Type.Array(Type.String())),
  answer_must_not_contain: Type.Optional(Type.Array(Type.String())),
  notes: Type.Optional(Type.String()),
});
export type EvalCase = Static<typeof EvalCaseSchema>;

export const ChecklistItemSchema = Type.Object({
  n: Type.Integer({ minimum: 1 }),
  group: Type.String(),
  item: Type.String(),
  content: Type.String(),
  method: Type.Optional(Type.String()),
  frequency: Type.Optional(Type.String()),
  citations: Type.Array(CitationSchema, { minItems: 1 }),
});
export type ChecklistItem = Static<typeof ChecklistItemSchema>;

export const ChecklistSchema = Type.Object({
  id: Type.String(),
  title: Type.String(),
  request: Type.String(),
  scope: Type.String(),
  createdAt: Type.String(),
  sources: Type.Array(Type.Object({ docId: Type.String(), file: Type.String(), title: Type.String() })),
  items: Type.Array(ChecklistItemSchema),
});
export type Checklist = Static<typeof ChecklistSchema>;
