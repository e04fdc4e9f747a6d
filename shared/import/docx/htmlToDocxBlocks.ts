import type { JSONContent } from '@tiptap/core'
import type { DocxBlock, DocxTableCell } from './DocxBlock'
import { isHtmlElement, type HtmlElement, type HtmlNode } from './HtmlNode'
import { htmlInlineJson } from './htmlInlineJson'

export interface DocxBlockReading {
  blocks: DocxBlock[]
  images: number
}

const blockTags = new Set(['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'ul', 'ol', 'table', 'blockquote', 'div', 'li', 'thead', 'tbody', 'tr', 'td', 'th', 'section'])

/** The block structure of mammoth's HTML: headings, paragraphs (with their style class), lists and tables. */
export function htmlToDocxBlocks(root: HtmlElement): DocxBlockReading {
  let images = 0
  const inline = (nodes: readonly HtmlNode[]) => {
    const reading = htmlInlineJson(nodes)
    images += reading.images
    return reading.content
  }

  const readBlocks = (nodes: readonly HtmlNode[]): DocxBlock[] => {
    const blocks: DocxBlock[] = []
    let loose: HtmlNode[] = []
    const flushLoose = () => {
      if (loose.some((node) => !isHtmlElement(node) ? node.text.trim() : true)) blocks.push(paragraph('', inline(loose)))
      loose = []
    }
    for (const node of nodes) {
      if (!isHtmlElement(node) || !blockTags.has(node.tag)) {
        loose.push(node)
        continue
      }
      flushLoose()
      blocks.push(...readBlock(node))
    }
    flushLoose()
    return blocks
  }

  const readBlock = (element: HtmlElement): DocxBlock[] => {
    switch (element.tag) {
      case 'p':
        return [paragraph(element.attributes['class'] ?? '', inline(element.children))]
      case 'h1':
      case 'h2':
      case 'h3':
      case 'h4':
      case 'h5':
      case 'h6': {
        const content = inline(element.children)
        return [{ kind: 'heading', level: Number(element.tag.slice(1)), inline: content, text: plainText(content) }]
      }
      case 'ul':
      case 'ol':
        return [{ kind: 'list', ordered: element.tag === 'ol', items: element.children.filter(isHtmlElement).filter((child) => child.tag === 'li').map((item) => readBlocks(item.children)) }]
      case 'table':
        return [{ kind: 'table', rows: tableRows(element).map((row) => row.map(readCell)) }]
      default:
        return readBlocks(element.children)
    }
  }

  const readCell = (cell: HtmlElement): DocxTableCell => {
    const blocks = readBlocks(cell.children)
    return { header: cell.tag === 'th', columnSpan: Math.max(1, Number(cell.attributes['colspan']) || 1), blocks, text: blocksText(blocks) }
  }

  const blocks = readBlocks(root.children)
  return { blocks, images }
}

function tableRows(table: HtmlElement): HtmlElement[][] {
  const rows: HtmlElement[][] = []
  const visit = (element: HtmlElement) => {
    for (const child of element.children.filter(isHtmlElement)) {
      if (child.tag === 'tr') rows.push(child.children.filter(isHtmlElement).filter((cell) => cell.tag === 'td' || cell.tag === 'th'))
      else if (child.tag === 'thead' || child.tag === 'tbody' || child.tag === 'tfoot') visit(child)
    }
  }
  visit(table)
  return rows
}

function paragraph(className: string, content: JSONContent[]): DocxBlock {
  const texts = content.filter((node) => node.type === 'text')
  const allBold = texts.length > 0 && texts.every((node) => node.marks?.some((mark) => mark.type === 'bold'))
  return { kind: 'paragraph', className, inline: content, text: plainText(content), allBold }
}

function plainText(content: readonly JSONContent[]): string {
  return content.map((node) => (node.type === 'hardBreak' ? '\n' : (node.text ?? ''))).join('')
}

function blocksText(blocks: readonly DocxBlock[]): string {
  return blocks
    .map((block) => {
      if (block.kind === 'list') return block.items.map(blocksText).join('\n')
      if (block.kind === 'table') return block.rows.map((row) => row.map((cell) => cell.text).join(' ')).join('\n')
      return block.text
    })
    .join('\n')
}
