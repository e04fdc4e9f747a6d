import fs from 'node:fs'

export interface SynopseBlock {
  kind: 'heading' | 'paragraph' | 'listItem'
  text: string
}

export interface SynopseRow {
  afs: SynopseBlock[]
  rat: SynopseBlock[]
}

const fixture = new URL('../fixtures/warendorf-synopse.txt', import.meta.url)

/**
 * The two Fassungen of seed 004 (AFS 21.03.2019 and Rat 27.05.2019), row by row as the Synopse aligns
 * them. Markup is removed: the underlining is what the comparison has to find by itself.
 */
export function readWarendorfSynopse(): SynopseRow[] {
  const lines = fs.readFileSync(fixture, 'utf8').split('\n').map((line) => line.replace(/[ \r]+$/, ''))
  const rows: SynopseRow[] = []
  let plainSection: string[][] = []
  let paragraph: string[] = []
  const flushParagraph = () => {
    if (paragraph.length > 0) plainSection.push(paragraph)
    paragraph = []
  }
  const flushPlainSection = () => {
    flushParagraph()
    if (plainSection.length > 0) rows.push(...plainSectionRows(plainSection))
    plainSection = []
  }
  for (const line of lines.slice(3)) {
    if (!line.trim() && !paragraph.length && !plainSection.length) continue
    if (line.includes('\t')) {
      flushPlainSection()
      const [left = '', right = ''] = line.split('\t')
      if (/^-+$/.test(left.trim())) continue
      let afs = left.trim() ? parseCell(left) : []
      const rat = right.trim() ? parseCell(right) : afs
      // "1. Schulbegleitende Maßnahmen installieren" is a one-item list where the other column continues it.
      if (afs.length === 1 && afs[0]!.kind === 'heading' && rat.some((block) => block.kind === 'listItem')) {
        afs = [{ kind: 'listItem', text: afs[0]!.text.replace(/^\d+\.\s*/, '') }]
      }
      if (afs.length > 0 || rat.length > 0) rows.push({ afs, rat })
      continue
    }
    if (!line.trim()) {
      flushParagraph()
    } else if (/^\d+\.\s/.test(line) && isHeadingLike(line)) {
      // A numbered heading in the plain part starts a new section.
      flushPlainSection()
      paragraph.push(line.trim())
      flushParagraph()
    } else {
      paragraph.push(line.trim())
    }
  }
  flushPlainSection()
  return rows
}

/** A plain-text section holds its heading, then the AFS paragraphs, then the Rat paragraphs again from the start. */
function plainSectionRows(paragraphs: string[][]): SynopseRow[] {
  const [headingLines, ...body] = paragraphs
  const heading: SynopseBlock = { kind: 'heading', text: headingLines!.join(' ') }
  const blocks = body.flatMap((lines) => lines.map((text) => ({ kind: 'paragraph' as const, text })))
  const restart = blocks.findIndex((block, index) => index > 0 && block.text === blocks[0]!.text)
  return [
    { afs: [heading], rat: [heading] },
    { afs: blocks.slice(0, restart), rat: blocks.slice(restart) },
  ]
}

function parseCell(cell: string): SynopseBlock[] {
  const blocks: SynopseBlock[] = []
  const text = cell.replace(/<ol[^>]*>/g, '<ol>').replace(/<\/?u>/g, '')
  const parts = text.split(/(<p>.*?<\/p>|<ol>.*$)/).filter((part) => part.trim())
  for (const part of parts) {
    if (part.startsWith('<ol>')) {
      for (const item of part.slice(4).split(/\s(?=\d+\.\s)/)) {
        const itemText = item.replace(/^\s*\d+\.\s*/, '').trim()
        if (itemText) blocks.push({ kind: 'listItem', text: itemText })
      }
      continue
    }
    const inner = part.replace(/^<p>|<\/p>$/g, '').trim()
    const listItems = inner.split(/\s(?=\d+\.\s)/)
    if (/^\d+\.\s/.test(inner) && !/^\d+\.\d*\.?\s/.test(inner.replace(/^\d+\.\s/, '')) && listItems.length > 1) {
      for (const item of listItems) blocks.push({ kind: 'listItem', text: item.replace(/^\d+\.\s*/, '').trim() })
    } else if (/^(\d+\.)+\s/.test(inner) || /^\d+\.\s/.test(inner) ? isHeadingLike(inner) : false) {
      blocks.push({ kind: 'heading', text: inner })
    } else {
      blocks.push({ kind: 'paragraph', text: inner })
    }
  }
  return blocks
}

function isHeadingLike(text: string): boolean {
  return text.length < 120 && !/[.:]$/.test(text)
}
