/** The person at this browser as other editors see them: the name, department and colour of their caret. */
export interface LocalUser {
  name: string
  /** Empty on a server without accounts. */
  department: string
  color: string
}
