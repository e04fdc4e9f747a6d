/** Which changes the sidebar shows: those of one department, of one person, or all (null). */
export interface ChangeFilter {
  department: string | null
  userId: string | null
}
