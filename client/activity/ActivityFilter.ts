/** What the activity list shows: one Fachdienst or all (''), and a range of days (YYYY-MM-DD, '' for open). */
export interface ActivityFilter {
  department: string
  fromDay: string
  toDay: string
}
