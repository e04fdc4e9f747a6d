import type { PublicUser } from '../../shared/accounts/PublicUser'

/** The signed-in person as the pages need them. */
export interface CurrentUser {
  /** The account, or null where the server has no sign-in. */
  account: PublicUser | null
  /** Whether the account may change text (reviewers only read). */
  canWrite: boolean
  signOut: () => void
}
