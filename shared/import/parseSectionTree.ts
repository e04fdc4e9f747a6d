import { matchSectionNumber } from './matchSectionNumber'
import { findOutlineParentIndex } from './findOutlineParentIndex'
import { readsLikeSectionHeading } from './readsLikeSectionHeading'

export interface SectionNode {
  path: number[]
  number: string
  title: string
  /** The lines between this section's heading and its first sub-section (or the next section). */
  body: string[]
  children: SectionNode[]
}

export interface SectionTree {
  /** Lines before the first chapter. */
  preamble: string[]
  chapters: SectionNode[]
}

/**
 * Splits text at numbered headings ("3 Handlungsfelder", "3.1.2 Title"). A numbered line counts as a heading
 * only if it reads like one (short, no sentence end) and its number fits the outline so far: chapters follow
 * each other (one gap tolerated), a sub-section's parent is open and its number follows its elder sibling's.
 * Anything else stays body text.
 */
export function parseSectionTree(lines: readonly string[]): SectionTree {
  const root: SectionNode = { path: [], number: '', title: '', body: [], children: [] }
  let stack: SectionNode[] = [root]
  for (const line of lines) {
    const match = line.includes('\t') ? null : matchSectionNumber(line)
    const parentIndex = match && readsLikeSectionHeading(match.title) ? findOutlineParentIndex(stack, match.path) : -1
    if (!match || parentIndex < 0) {
      stack[stack.length - 1]!.body.push(line)
      continue
    }
    stack = stack.slice(0, parentIndex + 1)
    const section: SectionNode = { path: match.path, number: match.number, title: match.title, body: [], children: [] }
    stack[stack.length - 1]!.children.push(section)
    stack.push(section)
  }
  return { preamble: root.body, chapters: root.children }
}


