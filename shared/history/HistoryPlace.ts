/** Where one account changed text in one history entry, and how much. */
export interface HistoryPlace {
  /** The block to open the editor at: the innermost block around the change that still stands; null if none does. */
  blockId: string | null
  /** Derived number of the enclosing section ("3.1.2"), null outside numbered sections. */
  sectionNumber: string | null
  /** German label of the place: "Teilziel 2 · Zielgruppe", "Maßnahme S1", "Absatz". */
  blockLabel: string
  insertedCharacters: number
  deletedCharacters: number
}
