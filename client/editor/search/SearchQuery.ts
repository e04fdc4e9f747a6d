/** What the search bar looks for: the text as typed and the two options Word offers. */
export interface SearchQuery {
  text: string
  caseSensitive: boolean
  wholeWord: boolean
}

/** One found passage, as document positions; it always lies inside one textblock, so inside one field. */
export interface SearchMatch {
  from: number
  to: number
}
