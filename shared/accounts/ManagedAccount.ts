import type { PublicUser } from './PublicUser'

/** An account as the administration sees it: with whether it may still sign in. */
export interface ManagedAccount extends PublicUser {
  active: boolean
}
