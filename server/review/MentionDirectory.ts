import type { PublicUser } from '../../shared/accounts/PublicUser'
import type { MentionablePerson } from '../../shared/review/MentionablePerson'
import type { DocumentAccess } from '../auth/DocumentAccess'
import type { AccountStorage } from '../storage/AccountStorage'

// Usernames are letters, digits, dot, dash and underscore; the @ must not stand inside a word (an e-mail address).
const mentionPattern = /(?<![a-zA-Z0-9._-])@([a-zA-Z0-9._-]{2,64})/g

/** Who can be @mentioned in a document's comments, and whom a comment mentions. */
export class MentionDirectory {
  constructor(
    private readonly accounts: AccountStorage,
    private readonly access: DocumentAccess,
  ) {}

  /** Active accounts that may open the document, by name. */
  async listMentionable(user: PublicUser, documentId: string): Promise<MentionablePerson[]> {
    await this.access.requireReadable(user, documentId)
    const people: MentionablePerson[] = []
    for (const account of await this.accounts.listUsers()) {
      if (!account.active || !(await this.access.canOpen(account, documentId))) continue
      people.push({ id: account.id, username: account.username, name: account.name, department: account.department })
    }
    return people.sort((a, b) => a.name.localeCompare(b.name, 'de'))
  }

  /** The active accounts a comment names as `@username` that may open the document; a mention of someone without access tells them nothing. */
  async resolveMentions(body: string, documentId: string): Promise<PublicUser[]> {
    const found = new Map<string, PublicUser>()
    for (const match of body.matchAll(mentionPattern)) {
      const account = await this.findMentioned(match[1]!)
      if (!account || !account.active || !(await this.access.canOpen(account, documentId))) continue
      found.set(account.id, account)
    }
    return [...found.values()]
  }

  private async findMentioned(written: string) {
    // "@jugend." at the end of a sentence names jugend, unless an account is called "jugend." itself.
    return (await this.accounts.findUserByUsername(written)) ?? (/[._-]+$/.test(written) ? this.accounts.findUserByUsername(written.replace(/[._-]+$/, '')) : null)
  }
}
