import type { ChangeKind } from '../changes/ChangeModel'
import type { ItemRange } from '../history/UpdateAttribution'

/**
 * What a decision was made on: the kind of change and exactly its Yjs items (for a format change, also
 * which mark). Later edits never alter item ids, so a decision keeps covering exactly these characters.
 */
export interface DecidedItems {
  kind: ChangeKind
  ranges: ItemRange[]
  format?: { mark: string; change: 'added' | 'removed' }
}

/** An accepted or rejected change, with who decided and when. Decisions are kept as a log; the latest covering a change counts. */
export interface ReviewDecision {
  id: string
  documentId: string
  /** The change's id when it was decided: for comments and the record, not for matching. */
  changeId: string
  /** Null for a decision recorded before decisions were stored as item ranges (it is matched through its change id). */
  covers: DecidedItems | null
  decision: 'accepted' | 'rejected'
  userId: string
  /** Name and department of the deciding account, as the API lists them. */
  userName?: string
  userDepartment?: string
  at: string
}
