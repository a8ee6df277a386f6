/**
 * pdf-parse, imported on first use through `read-pdf.ts` (see there). Imported here statically, the parse
 * process finds the instance its boot loaded natively (parse-worker-boot.mjs); a dynamic `import('pdf-parse')`
 * from a module loaded through tsx made a second one (130 MB more, over the parse memory limit).
 */
export { PDFParse } from 'pdf-parse';
