/**
 * The Chinese vocabulary of the knowledge base, declared once: numerals, outline markers and 第N条,
 * 文号, unit endings, places and levels, field labels and the table mark, sentence boundaries, legal status.
 */
export * from './numerals.js';
export * from './outline.js';
export * from './doc-number.js';
export * from './units.js';
export * from './places.js';
export * from './fields.js';
export * from './sentences.js';
export * from './changes.js';
export * from './dates.js';
export * from './quantities.js';
export * from './contacts.js';
export * from './criteria.js';
export * from './legal.js';
