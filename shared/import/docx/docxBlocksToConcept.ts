import type { JSONContent } from '@tiptap/core'
import { NodeName } from '../../schema/nodeNames'
import { matchConceptLabel } from '../matchConceptLabel'
import { matchSectionNumber } from '../matchSectionNumber'
import { parseMassnahmeItem } from '../parseMassnahmeItem'
import { handlungsfeldJson } from '../json/handlungsfeldJson'
import type { DocxBlock, DocxHeading, DocxParagraph } from './DocxBlock'
import { conceptBodyFromDocx } from './conceptBodyFromDocx'
import { docxStyleClasses } from './docxStyleClasses'
import { matchFieldLabel } from './matchFieldLabel'
import { sliceInlineJson } from './sliceInlineJson'
import { findOutlineParentIndex } from '../findOutlineParentIndex'
import { readsLikeSectionHeading } from '../readsLikeSectionHeading'

export interface DocxConceptReading {
  content: JSONContent[]
  title: string | null
  coverSheet: boolean
  warnings: string[]
  /** The section number the source gave a numbered node, to verify the derived numbering. */
  sourceNumbers: Map<JSONContent, string>
}

interface Section {
  path: number[]
  number: string
  title: string
  heading: DocxHeading | DocxParagraph
  body: DocxBlock[]
  children: Section[]
}

const numberPrefix = /^\s*\d{1,2}(?:\.\d{1,2})*\.?[ \t]+/
const tableOfContentsTitle = /^(?:Inhaltsverzeichnis|Inhalt|Gliederung)$/i
// After an "Inhaltsverzeichnis" line: entries end in a page number (tabs are already spaces here).
const tableOfContentsEntry = /\S.*(?:\s|\.{3,})\d{1,3}$/

/**
 * The concept in a converted Word document: the export's title page and tables of contents are taken out
 * (the title goes to the summary), numbered headings ("3.1 Bildung …", as Word headings or bold paragraphs)
 * build the outline, or, without numbers, Word's heading levels do. Chapters become level-1 headings;
 * sections of a chapter about Handlungsfelder, and sections holding Oberziele, Teilziele or Maßnahmen, become
 * (nested) Handlungsfelder; other sections level-2 to level-4 headings. Numbers are dropped from the text:
 * they are derived from position.
 */
export function docxBlocksToConcept(input: readonly DocxBlock[]): DocxConceptReading {
  const warnings: string[] = []
  const sourceNumbers = new Map<JSONContent, string>()
  const { blocks, title } = removeFrontMatter(input, warnings)
  const tree = buildSectionTree(blocks)

  const headingJson = (section: Section, level: number): JSONContent => {
    const prefix = numberPrefix.exec(section.heading.text)?.[0].length ?? 0
    const inline = sliceInlineJson(section.heading.inline, prefix)
    return inline.length > 0 ? { type: NodeName.heading, attrs: { level }, content: inline } : { type: NodeName.heading, attrs: { level } }
  }
  const handlungsfeld = (section: Section): JSONContent => {
    const node = handlungsfeldJson(section.title, [...conceptBodyFromDocx(section.body), ...section.children.map(handlungsfeld)])
    sourceNumbers.set(node, section.number)
    return node
  }
  const headingSection = (section: Section, level: 2 | 3 | 4): JSONContent[] => {
    const heading = headingJson(section, level)
    if (level === 2) sourceNumbers.set(heading, section.number)
    return [heading, ...conceptBodyFromDocx(section.body), ...section.children.flatMap((child) => headingSection(child, level === 2 ? 3 : 4))]
  }

  const content: JSONContent[] = [...conceptBodyFromDocx(tree.preamble)]
  for (const chapter of tree.chapters) {
    const heading = headingJson(chapter, 1)
    sourceNumbers.set(heading, chapter.number)
    content.push(heading, ...conceptBodyFromDocx(chapter.body))
    const isHandlungsfeldChapter = /handlungsfeld/i.test(chapter.title)
    for (const section of chapter.children) {
      if (isHandlungsfeldChapter || hasConceptBlocks(section)) content.push(handlungsfeld(section))
      else content.push(...headingSection(section, 2))
    }
  }
  const coverSheet = tree.preamble.some((block) => block.kind === 'paragraph' && /^Beschlussvorschlag\s*:?$/i.test(block.text.trim()))
  return { content, title: title ?? firstTitle(tree.preamble), coverSheet, warnings, sourceNumbers }
}

function removeFrontMatter(input: readonly DocxBlock[], warnings: string[]): { blocks: DocxBlock[]; title: string | null } {
  const blocks: DocxBlock[] = []
  let title: string | null = null
  const subtitles: string[] = []
  let tableOfContents = 0
  for (let index = 0; index < input.length; index += 1) {
    const block = input[index]!
    if (block.kind === 'paragraph' && block.className === docxStyleClasses.title && title === null) {
      title = block.text.replace(/\s+/g, ' ').trim()
      continue
    }
    if (block.kind === 'paragraph' && block.className === docxStyleClasses.subtitle) {
      subtitles.push(block.text.replace(/\s+/g, ' ').trim())
      continue
    }
    if (block.kind === 'paragraph' && block.className === docxStyleClasses.tableOfContents) {
      if (!tableOfContentsTitle.test(block.text.trim())) tableOfContents += 1
      continue
    }
    if ((block.kind === 'paragraph' || block.kind === 'heading') && tableOfContentsTitle.test(block.text.trim())) {
      let end = index + 1
      while (end < input.length && isTableOfContentsEntry(input[end]!)) end += 1
      if (end - index - 1 >= 2) {
        tableOfContents += end - index - 1
        index = end - 1
        continue
      }
    }
    blocks.push(block)
  }
  if (subtitles.length > 0) warnings.push(`Angaben des Titelblatts nicht in den Text übernommen: ${subtitles.map((line) => `„${line}“`).join(', ')}.`)
  if (tableOfContents > 0) warnings.push(`Inhaltsverzeichnis mit ${tableOfContents} Einträgen entfernt – es ergibt sich aus den Überschriften.`)
  return { blocks, title }
}

function isTableOfContentsEntry(block: DocxBlock): boolean {
  return block.kind === 'paragraph' && tableOfContentsEntry.test(block.text.trim())
}

function buildSectionTree(blocks: readonly DocxBlock[]): { preamble: DocxBlock[]; chapters: Section[] } {
  const root: Section = { path: [], number: '', title: '', heading: { kind: 'paragraph', className: '', inline: [], text: '', allBold: false }, body: [], children: [] }
  const numbered = blocks.some((block) => sectionNumberOf(block) !== null)
  let stack: Section[] = [root]
  const counters: number[] = []
  for (const block of blocks) {
    let path: number[] | null = null
    let number = ''
    let title = ''
    if (numbered) {
      const match = sectionNumberOf(block)
      if (match && findOutlineParentIndex(stack, match.path) >= 0) ({ path, number, title } = match)
    } else if (block.kind === 'heading' && block.level <= 3 && block.text.trim()) {
      // Without numbers in the text, Word's heading levels make the outline; a skipped level counts as the next one.
      const depth = Math.min(block.level, counters.length + 1)
      counters.length = depth
      counters[depth - 1] = (counters[depth - 1] ?? 0) + 1
      path = [...counters]
      number = path.join('.')
      title = block.text.replace(/\s+/g, ' ').trim()
    }
    if (!path || (block.kind !== 'heading' && block.kind !== 'paragraph')) {
      stack[stack.length - 1]!.body.push(block)
      continue
    }
    const parentIndex = numbered ? findOutlineParentIndex(stack, path) : Math.min(path.length - 1, stack.length - 1)
    stack = stack.slice(0, parentIndex + 1)
    const section: Section = { path, number, title, heading: block, body: [], children: [] }
    stack[stack.length - 1]!.children.push(section)
    stack.push(section)
  }
  return { preamble: root.body, chapters: root.children }
}

/** The section number of a heading ("3.1 Bildung …"), or of a bold paragraph that reads like one. */
function sectionNumberOf(block: DocxBlock): { path: number[]; number: string; title: string } | null {
  if (block.kind !== 'heading' && !(block.kind === 'paragraph' && block.allBold && !block.className)) return null
  if (block.text.includes('\t') && block.kind === 'paragraph') return null
  const match = matchSectionNumber(block.text)
  if (!match || !readsLikeSectionHeading(match.title)) return null
  return match
}



function hasConceptBlocks(section: Section): boolean {
  const isConceptBlock = (block: DocxBlock) => {
    if (block.kind === 'table') return block.rows.some((row) => row.length > 1 && matchFieldLabel(row[0]!.text) !== null)
    if (block.kind !== 'paragraph') return false
    const label = matchConceptLabel(block.text)?.label
    return label === NodeName.oberziel || label === NodeName.teilzielZiel || parseMassnahmeItem(block.text) !== null
  }
  return section.body.some(isConceptBlock) || section.children.some(hasConceptBlocks)
}

function firstTitle(preamble: readonly DocxBlock[]): string | null {
  const first = preamble.find((block) => (block.kind === 'heading' || block.kind === 'paragraph') && block.text.trim())
  if (!first || first.kind === 'list' || first.kind === 'table') return null
  const text = first.text.replace(/\s+/g, ' ').trim()
  return text.length <= 200 ? text : null
}
