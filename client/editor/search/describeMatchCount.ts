import type { SearchState } from './SearchHighlight'

/** The count the search bar shows and announces: "3 von 12", or why there is none. */
export function describeMatchCount(search: SearchState): string {
  if (!search.query?.text) return ''
  if (search.matches.length === 0) return 'Keine Treffer'
  return `${search.current + 1} von ${search.matches.length}`
}
