import type { JSONContent } from '@tiptap/core'
import { isListLine } from './isListLine'
import { isTableRowLine } from './isTableRowLine'
import { splitListItems } from './splitListItems'
import { splitTableRow } from './splitTableRow'
import { bulletListJson } from './json/bulletListJson'
import { paragraphJson } from './json/paragraphJson'

export interface LinesToBlocksOptions {
  /** Join consecutive non-blank lines into one paragraph (text wrapped by the converter); default true. */
  joinLines?: boolean
  /** Make everything one bullet list, one item per paragraph or list item (the Aktivitäten field). */
  asList?: boolean
}

type Run = { kind: 'paragraph'; lines: string[] } | { kind: 'list'; items: string[] }

/**
 * Paragraphs and bullet lists for free text: blank lines separate paragraphs, bullet lines and HTML list
 * fragments become list items (a list continues across blank lines while bullets follow; an unbulleted line
 * right after a bullet continues that item), tab-separated rows become one paragraph each with " · " between
 * the cells.
 */
export function linesToBlocks(lines: readonly string[], options: LinesToBlocksOptions = {}): JSONContent[] {
  const { joinLines = true, asList = false } = options
  const runs: Run[] = []
  let open: Run | null = null
  let previousWasListLine = false

  for (const raw of lines) {
    const line = raw.trim()
    if (!line) {
      if (open?.kind === 'paragraph') open = null
      previousWasListLine = false
      continue
    }
    if (isTableRowLine(raw)) {
      runs.push({ kind: 'paragraph', lines: [splitTableRow(raw).filter(Boolean).join(' · ')] })
      open = null
      previousWasListLine = false
      continue
    }
    if (isListLine(line)) {
      if (open?.kind !== 'list') {
        open = { kind: 'list', items: [] }
        runs.push(open)
      }
      open.items.push(...splitListItems(line))
      previousWasListLine = true
      continue
    }
    if (open?.kind === 'list' && previousWasListLine && open.items.length > 0) {
      open.items[open.items.length - 1] += ` ${line}`
      continue
    }
    if (open?.kind === 'paragraph' && joinLines) {
      open.lines.push(line)
      continue
    }
    open = { kind: 'paragraph', lines: [line] }
    runs.push(open)
    previousWasListLine = false
  }

  if (asList) {
    const items = runs.flatMap((run) => (run.kind === 'list' ? run.items : [run.lines.join(' ')]))
    return items.length > 0 ? [bulletListJson(items)] : []
  }
  return runs.flatMap((run): JSONContent[] => {
    if (run.kind === 'paragraph') return [paragraphJson(run.lines.join(' '))]
    return run.items.length > 0 ? [bulletListJson(run.items)] : []
  })
}
