import { matchOutlineItem } from './matchOutlineItem'

export interface OutlineItem {
  path: number[]
  number: string
  text: string
  /** Unnumbered lines after the item's own line. */
  notes: string[]
  children: OutlineItem[]
}

export interface ParsedOutline {
  /** Lines before the first item (the title of a mind-map export). */
  preamble: string[]
  items: OutlineItem[]
}

/**
 * Builds the tree of a dotted outline ("1.", "1.1.", "2.1.1." …). A numbered line whose parent item is not
 * open (a skipped level, a number in running text) is kept as a note of the current item.
 */
export function parseOutline(lines: readonly string[]): ParsedOutline {
  const root: OutlineItem = { path: [], number: '', text: '', notes: [], children: [] }
  let stack: OutlineItem[] = [root]
  for (const line of lines) {
    const match = matchOutlineItem(line)
    const parentIndex = match ? stack.findLastIndex((item) => isParentPath(item.path, match.path)) : -1
    if (!match || parentIndex < 0) {
      stack[stack.length - 1]!.notes.push(line)
      continue
    }
    stack = stack.slice(0, parentIndex + 1)
    const item: OutlineItem = { path: match.path, number: match.number, text: match.title, notes: [], children: [] }
    stack[stack.length - 1]!.children.push(item)
    stack.push(item)
  }
  return { preamble: root.notes, items: root.children }
}

function isParentPath(parent: readonly number[], path: readonly number[]): boolean {
  return parent.length === path.length - 1 && parent.every((part, index) => part === path[index])
}
