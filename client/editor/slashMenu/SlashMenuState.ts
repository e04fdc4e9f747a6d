/** The slash menu as the plugin tracks it: where "/query" stands and which option is highlighted. */
export interface SlashMenuState {
  active: boolean
  /** Position of the "/". */
  from: number
  /** Position of the cursor, the end of the query. */
  to: number
  query: string
  selectedIndex: number
  /** Position of a "/" whose menu was closed with Escape; it stays closed until the "/" goes. */
  dismissedAt: number | null
}

export type SlashMenuMeta = { type: 'select'; index: number } | { type: 'dismiss' }
