// Writes docs/hengzhou-gas-area-major-hazard-criteria.docx (Doc 2): the 细则 as a 公文, built like the p3 pack's Doc 1
// (../../p3/gen/docx-common.mjs criteriaDocument).
import { DOCS, FILE } from './common.mjs';
import { D2 } from './content-2.mjs';
import { criteriaDocument, writeDocx } from '../../p3/gen/docx-common.mjs';

const doc = criteriaDocument(D2, { creator: '蘅州市应急管理局（虚构测试文档）', description: 'Fictional evaluation document — p4 (蘅州市) pack' });
await writeDocx(doc, FILE.d2, '2026-04-15T08:30:00Z', '蘅州市应急管理局', DOCS);
