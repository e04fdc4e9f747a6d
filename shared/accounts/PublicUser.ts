import type { Role } from './roles'

/** An account as the API shows it: never with its password hash. */
export interface PublicUser {
  id: string
  username: string
  name: string
  department: string
  role: Role
}
