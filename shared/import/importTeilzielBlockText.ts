import type { JSONContent } from '@tiptap/core'
import { NodeName } from '../schema/nodeNames'
import type { ImportedContent } from './ImportedContent'
import { conceptBodyToBlocks } from './conceptBodyToBlocks'
import { coverSheetToBlocks } from './coverSheetToBlocks'
import { isStructuralConceptLine } from './isStructuralConceptLine'
import { joinPageBreakSplits } from './joinPageBreakSplits'
import { locateCoverSheet } from './locateCoverSheet'
import { matchConceptLabel } from './matchConceptLabel'
import { parseSectionTree, type SectionNode } from './parseSectionTree'
import { stripInlineMarkup } from './stripInlineMarkup'
import { handlungsfeldJson } from './json/handlungsfeldJson'
import { headingJson } from './json/headingJson'

export interface TeilzielBlockImportOptions {
  /** Read Oberziel and Teilziel labels (off for text detected as 'plain'). */
  conceptBlocks?: boolean
  /** Leave the cover sheet out of the content (its fields are kept elsewhere, as document metadata). */
  omitCoverSheet?: boolean
}

/**
 * Imports a concept with numbered chapters ("1 Title", "3.1 Title") and Teilziel tables (seed 003), after an
 * optional Beschlussvorlage cover sheet. Chapters become level-1 headings; the sections of a chapter about
 * Handlungsfelder, and any section holding Oberziel or Teilziel blocks, become Handlungsfelder with their
 * sub-sections nested; other sections become level-2 to level-4 headings. Numbers are dropped from the text.
 */
export function importTeilzielBlockText(lines: readonly string[], options: TeilzielBlockImportOptions = {}): ImportedContent {
  const conceptBlocks = options.conceptBlocks ?? true
  const warnings: string[] = []
  const sourceNumbers = new Map<JSONContent, string>()
  const coverEnd = locateCoverSheet(lines)
  const content = options.omitCoverSheet ? [] : coverSheetToBlocks(lines.slice(0, coverEnd))
  const { lines: conceptLines, joins } = joinPageBreakSplits(lines.slice(coverEnd), isStructuralConceptLine)
  for (const join of joins) warnings.push(`Über einen Seitenumbruch getrennter Absatz zusammengefügt: „${join}“`)
  const tree = parseSectionTree(conceptLines)
  const body = (sectionLines: readonly string[]) => conceptBodyToBlocks(sectionLines, { conceptBlocks })
  let unnumberedHeadings = 0

  const handlungsfeld = (section: SectionNode): JSONContent => {
    const node = handlungsfeldJson(section.title, [...body(section.body), ...section.children.map(handlungsfeld)])
    sourceNumbers.set(node, section.number)
    return node
  }
  const headingSection = (section: SectionNode, level: 2 | 3 | 4): JSONContent[] => {
    const heading = headingJson(level, section.title)
    if (level === 2) sourceNumbers.set(heading, section.number)
    else unnumberedHeadings += 1
    const children = section.children.flatMap((child) => headingSection(child, level === 2 ? 3 : 4))
    return [heading, ...body(section.body), ...children]
  }

  content.push(...body(tree.preamble))
  for (const chapter of tree.chapters) {
    const heading = headingJson(1, chapter.title)
    sourceNumbers.set(heading, chapter.number)
    content.push(heading, ...body(chapter.body))
    const isHandlungsfeldChapter = /handlungsfeld/i.test(chapter.title)
    for (const section of chapter.children) {
      if (isHandlungsfeldChapter || (conceptBlocks && hasConceptBlocks(section))) content.push(handlungsfeld(section))
      else content.push(...headingSection(section, 2))
    }
  }
  if (unnumberedHeadings > 0) {
    warnings.push(`${unnumberedHeadings} Überschriften der dritten und tieferen Ebene außerhalb von Handlungsfeldern werden ohne Abschnittsnummer übernommen.`)
  }
  return { content, title: findTitle(tree.preamble), coverSheet: coverEnd > 0, warnings, sourceNumbers }
}

function hasConceptBlocks(section: SectionNode): boolean {
  const startsBlock = (line: string) => {
    const label = matchConceptLabel(line)?.label
    return label === NodeName.oberziel || label === NodeName.teilzielZiel
  }
  return section.body.some(startsBlock) || section.children.some(hasConceptBlocks)
}

// The first paragraph before chapter 1, if it is short enough to be a title ("**Konzept zur …**").
function findTitle(preamble: readonly string[]): string | null {
  const start = preamble.findIndex((line) => line.trim())
  if (start < 0) return null
  const end = preamble.findIndex((line, index) => index > start && !line.trim())
  const title = stripInlineMarkup(preamble.slice(start, end < 0 ? undefined : end).join(' '))
  return title && title.length <= 200 ? title : null
}
