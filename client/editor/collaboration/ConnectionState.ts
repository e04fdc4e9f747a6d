/** How the editor is connected to the collaboration server, as shown in the header. */
export type ConnectionState = 'connecting' | 'connected' | 'reconnecting' | 'offline'

/** What the page shows about a collaboration session; a new object whenever something changes. */
export interface SessionSnapshot {
  connection: ConnectionState
  /** Whether the server's copy of the document has arrived at least once. */
  synced: boolean
  /** Why the server ended the connection for good (no access, document gone …), in German. */
  closedReason: string | null
  /** Whether this browser keeps a copy of the document (IndexedDB), so that offline edits survive closing the tab. */
  keepsLocalCopy: boolean
  /**
   * Whether the editor may open: once the server's copy has arrived, or, while the server cannot be
   * reached, once this browser's own copy has loaded with content. Never false again once true.
   */
  ready: boolean
}
