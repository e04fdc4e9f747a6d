import { requestJson } from '../../api/requestJson'

/** Gives an account a new password; its sessions end. */
export async function resetPassword(userId: string, password: string): Promise<void> {
  await requestJson(`/api/users/${encodeURIComponent(userId)}/password`, { method: 'PUT', body: { password } })
}
