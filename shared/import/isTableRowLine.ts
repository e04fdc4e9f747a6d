import { splitTableRow } from './splitTableRow'

/** Whether a line is a row of a converted table: at least two non-empty tab-separated cells. */
export function isTableRowLine(line: string): boolean {
  return line.includes('\t') && splitTableRow(line).filter((cell) => cell.length > 0).length >= 2
}
