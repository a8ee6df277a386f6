/**
 * Duties a later national law moved from one authority to another: local rules written before it still name the
 * old authority for that matter (向公安机关消防机构申请消防验收), and from the law's date the national rule applies
 * instead. Data, declared once in `data/reassigned.json`; read into overrides when the knowledge base is built.
 */
import { Type, type Static } from 'typebox';

export const ReassignmentSchema = Type.Object({
  /** The old authority as local rules name it. */
  from: Type.Array(Type.String({ minLength: 2 }), { minItems: 1 }),
  /** The matters that moved (a clause must name one of them). */
  matters: Type.Array(Type.String({ minLength: 2 }), { minItems: 1 }),
  /** The authority that holds them now, as the national law names it. */
  to: Type.String({ minLength: 2 }),
  /** The national law that moved them (its title, without 中华人民共和国), and from when (ISO date). */
  law: Type.String({ minLength: 2 }),
  since: Type.String({ pattern: '^\\d{4}-\\d{2}-\\d{2}$' }),
});
export type Reassignment = Static<typeof ReassignmentSchema>;

export const ReassignmentDataSchema = Type.Object({ reassigned: Type.Array(ReassignmentSchema) });
export type ReassignmentData = Static<typeof ReassignmentDataSchema>;
