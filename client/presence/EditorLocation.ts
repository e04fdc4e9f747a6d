/**
 * Where someone's cursor is, as published in their awareness state under `location`: the innermost
 * Handlungsfeld around it and the block directly inside that Handlungsfeld (a Teilziel, a Maßnahme, a
 * paragraph …), or the top-level block outside any Handlungsfeld. Both by block id, which survives edits.
 */
export interface EditorLocation {
  handlungsfeldId: string | null
  blockId: string | null
}
