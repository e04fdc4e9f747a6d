/** The tooltip of a block handle. */
export function blockHandleTitle(label: string): string {
  return `${label}: Aktionen (Umschalt+F10) – zum Verschieben ziehen`
}
