import PDFDocument from 'pdfkit'
import type { ExportDocument } from '../../shared/export/ExportDocument'
import { PdfBlockLayout } from './pdf/PdfBlockLayout'
import { PdfPageFlow, type PdfPageGeometry } from './pdf/PdfPageFlow'
import type { PdfFonts } from './pdf/loadPdfFonts'
import type { MissingCharacter } from './pdf/MissingCharacter'
import { PdfFontChain } from './pdf/PdfFontChain'
import { PdfText } from './pdf/PdfText'

const geometry: PdfPageGeometry = { margins: { top: 62, bottom: 72, left: 70, right: 58 } }

interface PassResult {
  bytes: Uint8Array
  pageCount: number
  anchorPages: Map<string, number>
}

/** The PDF, and the characters no embedded font could draw (each shown as "[U+XXXX]" in the file). */
export interface RenderedPdf {
  bytes: Uint8Array
  missingCharacters: MissingCharacter[]
}

/**
 * Renders the export as a tagged PDF/A-2a file with Noto Sans and its fallback fonts embedded (as subsets).
 * Two passes: the first finds the page of every heading, the second writes the table of contents with those
 * pages and "Seite x von y".
 */
export async function renderPdf(document: ExportDocument, fonts: PdfFonts): Promise<RenderedPdf> {
  const chain = new PdfFontChain(fonts)
  const first = await renderPass(document, chain, new Map(), null)
  const second = await renderPass(document, chain, first.anchorPages, first.pageCount)
  return { bytes: second.bytes, missingCharacters: chain.missingCharacters }
}

async function renderPass(document: ExportDocument, fonts: PdfFontChain, anchorPages: ReadonlyMap<string, number>, totalPages: number | null): Promise<PassResult> {
  const doc = new PDFDocument({
    size: 'A4',
    layout: document.orientation,
    margins: geometry.margins,
    pdfVersion: '1.7',
    subset: 'PDF/A-2a',
    tagged: true,
    lang: 'de-DE',
    displayTitle: true,
    // The default font is ours, so that no unembedded standard font ever enters the file.
    font: fonts.mainFont('regular'),
    info: { Title: document.title, Subject: document.subject, Author: 'Fassung', Creator: 'Fassung' },
  })
  const chunks: Buffer[] = []
  const finished = new Promise<void>((resolve, reject) => {
    doc.on('data', (chunk: Buffer) => chunks.push(chunk))
    doc.on('end', () => resolve())
    doc.on('error', reject)
  })

  const root = doc.struct('Document')
  doc.addStructure(root)
  const foundPages = new Map<string, number>()
  const outline: PDFKit.PDFOutline[] = []
  let flow: PdfPageFlow | null = null
  const text = new PdfText(doc, fonts)
  const layout = new PdfBlockLayout(doc, text, {
    anchorPages,
    onAnchorDrawn(anchor, title, depth) {
      foundPages.set(anchor, flow?.currentPage ?? 1)
      const parent = outline[Math.min(depth, outline.length) - 1] ?? doc.outline
      outline.length = Math.min(depth, outline.length)
      outline.push(parent.addItem(title))
    },
  })
  flow = new PdfPageFlow(doc, geometry, text, { text: document.footer, totalPages })
  const width = doc.page.width - geometry.margins.left - geometry.margins.right
  flow.place(layout.layoutBlocks(document.blocks, width, root).fragments)
  root.end()
  doc.end()
  await finished
  return { bytes: new Uint8Array(Buffer.concat(chunks)), pageCount: flow.pageCount, anchorPages: foundPages }
}
