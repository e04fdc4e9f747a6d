import type { PresentUser } from './PresentUser'

/** Each account once, however many tabs it has open; the local tab's entry wins for the own account. */
export function distinctUsers(users: readonly PresentUser[]): PresentUser[] {
  const byAccount = new Map<string, PresentUser>()
  for (const user of users) {
    const known = byAccount.get(user.userId)
    if (!known || (user.isLocal && !known.isLocal)) byAccount.set(user.userId, user)
  }
  return [...byAccount.values()]
}
