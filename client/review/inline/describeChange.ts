import type { ChangeEntry } from '../../../shared/changes/ChangeModel'
import type { ReviewDecision } from '../../../shared/review/ReviewDecision'
import { changeKindLabels } from '../changeKindLabels'
import { describeAuthor } from '../describeAuthor'
import { formatChangeTime } from '../formatChangeTime'

/** Kind, author and decision of a change in words: what the tooltip shows and screen readers hear. */
export function describeChange(entry: Pick<ChangeEntry, 'kind' | 'author'>, decision: ReviewDecision | undefined): { kind: string; author: string; decision: string | null } {
  return {
    kind: changeKindLabels[entry.kind],
    author: describeAuthor(entry.author),
    decision: decision ? `${decision.decision === 'accepted' ? 'Angenommen' : 'Abgelehnt'}${decision.userName ? ` von ${decision.userName}` : ''} am ${formatChangeTime(decision.at)}` : null,
  }
}
