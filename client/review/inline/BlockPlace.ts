/** Where a block stands, as its view needs it: the section it belongs to and, for a Teilziel, its ordinal. */
export interface BlockPlace {
  sectionNumber: string | null
  teilzielOrdinal: number | null
  /** Nesting depth of Handlungsfelder around the block. */
  depth: number
}
