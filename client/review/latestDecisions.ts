import type { ReviewDecision } from '../../shared/review/ReviewDecision'

/** The latest decision on each change, by change id. */
export function latestDecisions(decisions: readonly ReviewDecision[]): Map<string, ReviewDecision> {
  const latest = new Map<string, ReviewDecision>()
  for (const decision of decisions) {
    const known = latest.get(decision.changeId)
    if (!known || known.at <= decision.at) latest.set(decision.changeId, decision)
  }
  return latest
}
