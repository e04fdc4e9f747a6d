import type { ChangeAuthor } from '../../../shared/changes/ChangeModel'

/** An inserted or deleted stretch as the editor shows it: where, by whom, in which colour. */
export interface ShownChange {
  changeId: string
  status: 'inserted' | 'deleted'
  text: string
  author: ChangeAuthor | null
  color: string
  /** Editor positions of an insertion; for a deletion, `from` is where its struck-through text is shown. */
  from: number
  to: number
}
