/** What a Synopse shows: the whole document or only the changed passages, of all or of chosen Handlungsfelder. */
export interface SynopseScope {
  /** Only changed rows; every stretch of left-out rows becomes one "(…)" row, as in seed 004. */
  changesOnly: boolean
  /** Section numbers of the Handlungsfelder to show ("3.1" includes 3.1.1 …); empty for all of the document. */
  sections: readonly string[]
}

export const wholeSynopse: SynopseScope = { changesOnly: false, sections: [] }
