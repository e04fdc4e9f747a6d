import type { ChangeEntry } from '../../../shared/changes/ChangeModel'
import type { ReviewDecision } from '../../../shared/review/ReviewDecision'
import { describeChangeKind } from '../../../shared/changes/describeChangeKind'
import { describeChangeLocation } from '../../../shared/changes/describeChangeLocation'
import { describeAuthor } from '../describeAuthor'
import { formatChangeTime } from '../formatChangeTime'

/** Kind, location, author and decision of a change in words: what the tooltip shows and screen readers hear. */
export function describeChange(entry: Pick<ChangeEntry, 'kind' | 'format' | 'author' | 'location'>, decision: ReviewDecision | undefined): { kind: string; location: string; author: string; decision: string | null } {
  return {
    kind: describeChangeKind(entry),
    location: describeChangeLocation(entry.location),
    author: describeAuthor(entry.author),
    decision: decision ? `${decision.decision === 'accepted' ? 'Angenommen' : 'Abgelehnt'}${decision.userName ? ` von ${decision.userName}` : ''} am ${formatChangeTime(decision.at)}` : null,
  }
}
