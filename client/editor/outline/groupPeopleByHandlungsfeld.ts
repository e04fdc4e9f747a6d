import { distinctUsers } from '../../presence/distinctUsers'
import type { PresentUser } from '../../presence/PresentUser'

/**
 * The other people present, by the id of the Handlungsfeld their cursor is in; each account once per
 * Handlungsfeld, and the own account not at all (not even from another tab).
 */
export function groupPeopleByHandlungsfeld(users: readonly PresentUser[]): Map<string, PresentUser[]> {
  const ownAccounts = new Set(users.filter((user) => user.isLocal).map((user) => user.userId))
  const groups = new Map<string, PresentUser[]>()
  for (const user of users) {
    const handlungsfeldId = user.location?.handlungsfeldId
    if (ownAccounts.has(user.userId) || !handlungsfeldId) continue
    groups.set(handlungsfeldId, [...(groups.get(handlungsfeldId) ?? []), user])
  }
  for (const [handlungsfeldId, people] of groups) groups.set(handlungsfeldId, distinctUsers(people))
  return groups
}
