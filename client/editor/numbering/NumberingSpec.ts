/** What the numbering decoration of a block tells its view; derived from position, never stored. */
export interface NumberingSpec {
  /** The section number of a heading or Handlungsfeld, e.g. "3.1.2". */
  number?: string
  /** Nesting depth of a Handlungsfeld, 0 for a top-level one. */
  depth?: number
  /** Ordinal of a Teilziel within its Handlungsfeld (or chapter section), starting at 1. */
  teilzielOrdinal?: number
  /** The number of the section a Teilziel stands in, if any. */
  sectionNumber?: string | null
}
