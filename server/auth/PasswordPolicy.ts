/**
 * What a new password must be: at least 12 characters, not the username, and on no list of common passwords
 * (the ~49,000 of zxcvbn's `passwords-common`, lowercased; a common word with digits or signs appended counts
 * as that word). The list is loaded on the first check, not at start.
 */
export class PasswordPolicy {
  static readonly minimumLength = 12
  static readonly maximumLength = 1_000
  private commonPasswords: Promise<ReadonlySet<string>> | null = null

  /** A German explanation of what is wrong with the password, or null if it may be used. */
  async findProblem(password: string, username: string): Promise<string | null> {
    if (password.length < PasswordPolicy.minimumLength) return `Das Passwort muss mindestens ${PasswordPolicy.minimumLength} Zeichen lang sein.`
    if (password.length > PasswordPolicy.maximumLength) return `Das Passwort darf höchstens ${PasswordPolicy.maximumLength} Zeichen lang sein.`
    const lowered = password.toLowerCase()
    if (lowered === username.toLowerCase()) return 'Das Passwort darf nicht der Benutzername sein.'
    const common = await this.loadCommonPasswords()
    const stem = lowered.replace(/[\d\W_]+$/u, '')
    if (common.has(lowered) || (stem.length >= 4 && common.has(stem))) {
      return 'Dieses Passwort steht auf einer Liste häufig verwendeter Passwörter. Bitte ein anderes wählen.'
    }
    return null
  }

  private loadCommonPasswords(): Promise<ReadonlySet<string>> {
    this.commonPasswords ??= import('@zxcvbn-ts/language-common').then(({ dictionary }) => new Set(dictionary['passwords-common'].map((entry) => entry.toLowerCase())))
    return this.commonPasswords
  }
}
