import type { JSONContent } from '@tiptap/core'
import type { ChangeAuthor, ChangeBlock, ChangeModel, ChangeRun } from '../changes/ChangeModel'
import type { ExportBlock, ExportDocument } from './ExportDocument'
import { conceptToExportBlocks } from './conceptToExportBlocks'
import { runsFromText } from './runsFromText'
import { TrackedMark, trackedChangeSchema } from './trackedChangeSchema'

export interface TrackedChangesExportInput {
  model: ChangeModel
  documentTitle: string
  olderLabel: string
  newerLabel: string
}

/** How Word names the author of a tracked change: "Said Najj (Fachdienst Zuwanderung)". */
export function revisionAuthor(author: ChangeAuthor | null | undefined): string {
  if (!author) return 'Unbekannt'
  return author.department ? `${author.name} (${author.department})` : author.name
}

/**
 * The newer version with every change since the older one as a tracked change: inserted text marked as
 * inserted, deleted text in its place marked as deleted, each with its author and time, laid out like the
 * concept (headings, Teilziel tables, lists). In DOCX these are Word revisions (w:ins, w:del) that Word and
 * LibreOffice list, accept and reject; PDF and HTML show them underlined and struck through.
 */
export function buildTrackedChangesExport(input: TrackedChangesExportInput): ExportDocument {
  const doc = trackedChangeSchema().nodeFromJSON({ type: 'doc', content: input.model.blocks.flatMap((block) => blockJson(block, null)) })
  const { blocks } = conceptToExportBlocks(doc)
  const intro: ExportBlock[] = [
    { type: 'paragraph', style: 'title', runs: runsFromText(input.documentTitle, { bold: true }) },
    { type: 'paragraph', style: 'subtitle', runs: runsFromText(`Änderungen von ${input.olderLabel} zu ${input.newerLabel}`) },
    { type: 'paragraph', style: 'note', runs: runsFromText(`${input.model.changes.length === 1 ? 'Eine Änderung' : `${input.model.changes.length} Änderungen`}, in Word als nachverfolgte Änderungen mit Name, Fachdienst und Zeitpunkt: annehmen oder ablehnen unter „Überprüfen“.`) },
    { type: 'pageBreak' },
  ]
  return {
    title: input.documentTitle,
    subject: `Änderungen: ${input.olderLabel} → ${input.newerLabel}`,
    footer: `${input.documentTitle} – Änderungen seit ${input.olderLabel}`,
    orientation: 'portrait',
    blocks: [...intro, ...blocks],
  }
}

type Revision = { mark: string; author: ChangeAuthor | null | undefined }

function revisionOf(status: ChangeBlock['status'], author: ChangeAuthor | null | undefined): Revision | null {
  if (status === 'inserted') return { mark: TrackedMark.insertion, author }
  if (status === 'deleted') return { mark: TrackedMark.deletion, author }
  return null
}

// A whole inserted or deleted block passes its revision to all its text.
function blockJson(block: ChangeBlock, inherited: Revision | null): JSONContent[] {
  if (block.type === 'text') return []
  const revision = revisionOf(block.status, block.author) ?? inherited
  const content = block.children.length > 0 ? block.children.flatMap((child) => blockJson(child, revision)) : block.runs.flatMap((run) => runJson(run, revision))
  return [{ type: block.type, attrs: block.attributes, ...(content.length > 0 ? { content } : {}) }]
}

function runJson(run: ChangeRun, inherited: Revision | null): JSONContent[] {
  if (!run.text) return []
  const revision = revisionOf(run.status, run.author) ?? inherited
  const marks: JSONContent['marks'] = Object.entries(run.marks).map(([type, value]) => (value && typeof value === 'object' && Object.keys(value).length > 0 ? { type, attrs: value as Record<string, unknown> } : { type }))
  if (revision) marks.push({ type: revision.mark, attrs: { author: revisionAuthor(revision.author), date: revision.author?.at ?? '' } })
  return [{ type: 'text', text: run.text, ...(marks.length > 0 ? { marks } : {}) }]
}
