/** The person at this browser as other editors see them: the name and colour of their caret. */
export interface LocalUser {
  name: string
  color: string
}
