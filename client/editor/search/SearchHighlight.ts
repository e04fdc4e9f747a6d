import { Extension } from '@tiptap/core'
import { Plugin, PluginKey, type EditorState, type Transaction } from '@tiptap/pm/state'
import { Decoration, DecorationSet } from '@tiptap/pm/view'
import { findSearchMatches } from './findSearchMatches'
import type { SearchMatch, SearchQuery } from './SearchQuery'

export interface SearchState {
  query: SearchQuery | null
  matches: SearchMatch[]
  /** Index of the current match in `matches`, -1 when there is none. */
  current: number
}

type SearchAction = { query: SearchQuery | null; near: number } | { current: number }

export const searchPluginKey = new PluginKey<SearchState>('search')

const emptyState: SearchState = { query: null, matches: [], current: -1 }

/** The search state of the editor (query, matches, current match). */
export function readSearchState(state: EditorState): SearchState {
  return searchPluginKey.getState(state) ?? emptyState
}

/** Sets (or with `null` clears) what is searched; the current match becomes the first one at or after `near`. */
export function setSearchQuery(tr: Transaction, query: SearchQuery | null, near: number): Transaction {
  return tr.setMeta(searchPluginKey, { query, near } satisfies SearchAction)
}

/** Makes the match with this index the current one. */
export function setCurrentSearchMatch(tr: Transaction, current: number): Transaction {
  return tr.setMeta(searchPluginKey, { current } satisfies SearchAction)
}

/**
 * Search highlighting: every match of the search bar's query is decorated, the current one distinctly. The
 * matches follow every change of the document, local or remote, and the current match stays the one nearest
 * to where it stood.
 */
export const SearchHighlight = Extension.create({
  name: 'searchHighlight',

  addProseMirrorPlugins() {
    return [
      new Plugin<SearchState>({
        key: searchPluginKey,
        state: {
          init: () => emptyState,
          apply: (tr, previous) => {
            const action = tr.getMeta(searchPluginKey) as SearchAction | undefined
            if (action && 'query' in action) {
              if (!action.query?.text) return { ...emptyState, query: action.query }
              const matches = findSearchMatches(tr.doc, action.query)
              return { query: action.query, matches, current: firstMatchFrom(matches, action.near) }
            }
            if (action && 'current' in action) {
              return { ...previous, current: previous.matches.length === 0 ? -1 : action.current }
            }
            if (!tr.docChanged || !previous.query?.text) return previous
            const matches = findSearchMatches(tr.doc, previous.query)
            const currentMatch = previous.matches[previous.current]
            const near = currentMatch ? tr.mapping.map(currentMatch.from, -1) : 0
            return { query: previous.query, matches, current: firstMatchFrom(matches, near) }
          },
        },
        props: {
          decorations: (state) => {
            const { matches, current } = readSearchState(state)
            if (matches.length === 0) return DecorationSet.empty
            return DecorationSet.create(
              state.doc,
              matches.map((match, index) =>
                index === current
                  ? Decoration.inline(match.from, match.to, { class: 'search-match search-match--current', 'data-testid': 'search-match-current' })
                  : Decoration.inline(match.from, match.to, { class: 'search-match' }),
              ),
            )
          },
        },
      }),
    ]
  },
})

function firstMatchFrom(matches: readonly SearchMatch[], position: number): number {
  if (matches.length === 0) return -1
  const index = matches.findIndex((match) => match.from >= position)
  return index < 0 ? 0 : index
}
