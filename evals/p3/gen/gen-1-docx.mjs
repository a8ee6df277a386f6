// Writes docs/tangxi-construction-hazard-criteria.docx (Doc 1): the 细则 as a 公文 (docx-common.mjs criteriaDocument).
import { FILE } from './common.mjs';
import { D1 } from './content-1.mjs';
import { criteriaDocument, writeDocx } from './docx-common.mjs';

const doc = criteriaDocument(D1, { creator: '棠溪市住房和城乡建设局（虚构测试文档）', description: 'Fictional evaluation document — p3 (棠溪市) pack' });
await writeDocx(doc, FILE.d1, '2025-05-20T08:30:00Z', '棠溪市住建局');
