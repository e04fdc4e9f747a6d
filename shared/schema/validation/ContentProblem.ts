/**
 * Kinds of content the shared schema does not allow: a raw value or embed where only elements and text may
 * stand, a node name the schema does not know, a known node where its parent may not hold it, an element
 * nested deeper than `maxNestingDepth`, an attribute of the wrong type, a mark the schema does not know or
 * the textblock does not allow (or with attributes of the wrong type).
 */
export type ContentProblemKind = 'raw-value' | 'unknown-node' | 'misplaced-node' | 'too-deep' | 'invalid-attribute' | 'invalid-mark'

/** One thing readers skip, for the log: where it stands (`handlungsfeld[1]/teilziel[2]/…`, indices from 0) and what it is. */
export interface ContentProblem {
  kind: ContentProblemKind
  path: string
  detail: string
}
