/** An account that can be @mentioned in a document's comments: one that may open it. */
export interface MentionablePerson {
  id: string
  username: string
  name: string
  department: string
}
