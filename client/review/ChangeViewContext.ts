import { createContext } from 'react'
import type { ChangeAuthor } from '../../shared/changes/ChangeModel'
import type { ReviewDecision } from '../../shared/review/ReviewDecision'

/** What the renderers of a comparison need beyond the model: colours, decisions, the current change. */
export interface ChangeView {
  colorOf: (author: ChangeAuthor | null | undefined) => string
  /** The latest decision on a change, if any. */
  decisionOf: (changeId: string) => ReviewDecision | undefined
  /** The id of the hidden element that describes a change (kind, author, time), for `aria-describedby`. */
  descriptionIdOf: (changeId: string) => string | undefined
  currentChangeId: string | null
}

/** Provided by the comparison page; the defaults render a bare comparison. */
export const ChangeViewContext = createContext<ChangeView>({
  colorOf: () => '#57606a',
  decisionOf: () => undefined,
  descriptionIdOf: () => undefined,
  currentChangeId: null,
})
