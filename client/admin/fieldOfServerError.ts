/** Which field a German error message of the accounts API is about, so it can be shown there. */
export function fieldOfServerError(message: string): 'username' | 'password' | 'name' | 'department' | 'role' | null {
  if (/Passwort/.test(message)) return 'password'
  if (/Benutzername/.test(message)) return 'username'
  if (/Fachdienst/.test(message)) return 'department'
  if (/Rolle/.test(message)) return 'role'
  if (/Namen/.test(message)) return 'name'
  return null
}
