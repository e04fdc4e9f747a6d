import type { PublicUser } from '../../shared/accounts/PublicUser'

/** Hono environment of the app: routes behind `requireUser` find the signed-in account in `user`. */
export interface AppEnv {
  Variables: {
    user: PublicUser
    sessionToken: string
  }
}
