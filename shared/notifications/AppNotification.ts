/** What a notification tells: someone mentioned you, replied in a thread you wrote in, or decided on your change. */
export type NotificationKind = 'mention' | 'reply' | 'decision'

/** One entry of a person's in-app notification list, as the API lists it. */
export interface AppNotification {
  id: string
  kind: NotificationKind
  documentId: string
  documentTitle: string
  /** The comment thread for mentions and replies. */
  threadId: string | null
  /** For decisions: accepted or rejected. */
  decision: 'accepted' | 'rejected' | null
  /** Who caused it, as the accounts name them now. */
  actorName: string
  actorDepartment: string
  /** The comment's text or the decided change's summary, shortened. */
  excerpt: string
  createdAt: string
  /** Null while unread. */
  readAt: string | null
}
