import { createHash } from 'node:crypto'
import type { PublicUser } from '../../shared/accounts/PublicUser'
import type { ExportVersion } from '../../shared/export/ExportVersion'
import { describeExportVersion } from '../../shared/export/describeExportVersion'
import { exportFileName } from '../../shared/export/exportFileName'
import { formatFassungLabel } from '../../shared/fassungen/Fassung'
import type { DocumentAccess } from '../auth/DocumentAccess'
import type { MetadataService } from '../documents/MetadataService'
import { NotFoundError } from '../errors/NotFoundError'
import type { FassungService } from '../fassungen/FassungService'
import type { Logger } from '../logging/Logger'
import type { JobRunner } from '../workers/JobRunner'
import type { ResultCache } from '../workers/ResultCache'
import type { ExportFormat, ExportRequest } from './ExportRequest'
import { loadPdfFonts, type PdfFonts } from './pdf/loadPdfFonts'
import type { ExportJob } from './renderExportJob'
import { shortenTitleForFileName } from '../../shared/export/shortenTitleForFileName'
import type { DocumentEditors } from './readDocumentEditors'

/** A rendered export, ready to send. */
export interface ExportFile {
  /** German file name with extension, e.g. "Integrationskonzept – Fassung vom 21.03.2019.docx". */
  fileName: string
  contentType: string
  body: Uint8Array
}

export interface ExportServiceDependencies {
  fassungen: FassungService
  metadata: MetadataService
  access: DocumentAccess
  logger: Logger
  /** Renders in a worker thread. */
  jobs: JobRunner
  /** Rendered files by a key that names everything in them. */
  files: ResultCache<ExportFile>
  /** The font files for PDFs; read from the font package if not given. */
  fonts?: PdfFonts
  /** The Fachdienste in the order that gives each its colour (as on screen); without it colours follow from the names. */
  listDepartments?: () => Promise<string[]>
  /** The clock for "Stand:" dates of draft exports. */
  now?: () => Date
  /** Who created the document and who last changed it up to a moment (null: now), for the files' properties. */
  readEditors?: (documentId: string, until: string | null) => Promise<DocumentEditors>
}

const contentTypes: Record<ExportFormat, string> = {
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  pdf: 'application/pdf',
  html: 'text/html; charset=utf-8',
}

/**
 * Exports a document as DOCX, PDF or HTML: the concept in any version, the Beschlussvorlage with the concept
 * as its Anlage, or the Synopse of two versions. Reading rights suffice (committee members export too);
 * everything is rendered from the shared model, never from the editor's HTML. Rendering runs in a worker;
 * a file asked for again with nothing in it changed comes from the cache.
 */
export class ExportService {
  private readonly fonts: PdfFonts
  private readonly now: () => Date

  constructor(private readonly dependencies: ExportServiceDependencies) {
    this.fonts = dependencies.fonts ?? loadPdfFonts()
    this.now = dependencies.now ?? (() => new Date())
  }

  /** `signal`: the request went away, so rendering still waiting for a worker is dropped. */
  async export(user: PublicUser, documentId: string, request: ExportRequest, signal?: AbortSignal): Promise<ExportFile> {
    const document = await this.dependencies.access.requireReadable(user, documentId)
    const started = Date.now()
    const { job, fileStem, key } = await this.prepare(user, documentId, document.title, request, signal)
    const cached = this.dependencies.files.get(key)
    if (cached) return cached
    const { body, problems, missingCharacters } = await this.dependencies.jobs.run('export', job, { userId: user.id, ...(signal ? { signal } : {}) })
    if (request.kind !== 'synopse' && request.kind !== 'aenderungen') this.dependencies.fassungen.logLeftOut(documentId, request.version, problems)
    if (missingCharacters.length > 0) this.dependencies.logger.warn('export has characters no embedded font can draw, shown as their code points', { documentId, kind: request.kind, format: request.format, missingCharacters })
    const file = { fileName: exportFileName(fileStem, request.format), contentType: contentTypes[request.format], body }
    this.dependencies.files.set(key, file, body.byteLength)
    this.dependencies.logger.info('export rendered', { documentId, kind: request.kind, format: request.format, bytes: body.byteLength, milliseconds: Date.now() - started })
    return file
  }

  // Reads what the export shows (cheap, on this thread) and names it all in the cache key.
  private async prepare(user: PublicUser, documentId: string, title: string, request: ExportRequest, signal?: AbortSignal): Promise<{ job: ExportJob; fileStem: string; key: string }> {
    const fileTitle = shortenTitleForFileName(title)
    const { fassungen, metadata } = this.dependencies
    const shown = await this.resolveVersion(user, documentId, request.version)
    const editors = (await this.dependencies.readEditors?.(documentId, shown.kind === 'fassung' ? shown.fassung.createdAt : null)) ?? { author: null, lastModifiedBy: null }
    const common = { format: request.format, fonts: this.fonts, documentTitle: title, editors }
    if (request.kind === 'synopse') {
      const from = request.from ?? 'draft'
      const comparison = await fassungen.compareWithKey(user, documentId, from, request.version, signal)
      const [older, newer] = [await this.resolveVersion(user, documentId, from), shown]
      const label = (version: ExportVersion) => (version.kind === 'fassung' ? `${title} ${formatFassungLabel(version.fassung)}` : `${title} – ${describeExportVersion(version).citation}`)
      const departments = (await this.dependencies.listDepartments?.()) ?? []
      const job: ExportJob = { ...common, kind: 'synopse', model: comparison.model, olderLabel: label(older), newerLabel: label(newer), scope: request.synopseScope, departments }
      const { changesOnly, sections } = request.synopseScope
      const scopeLabel = `${changesOnly ? ' – Änderungen' : ''}${sections.length > 0 ? ` – Abschnitte ${sections.join(', ')}` : ''}`
      return {
        job,
        fileStem: `Synopse ${fileTitle} – ${describeExportVersion(older).fileLabel} und ${describeExportVersion(newer).fileLabel}${scopeLabel}`,
        key: cacheKey([documentId, request, title, editors, comparison.key, job.olderLabel, job.newerLabel, departments]),
      }
    }
    if (request.kind === 'aenderungen') {
      const from = request.from ?? 'draft'
      const comparison = await fassungen.compareWithKey(user, documentId, from, request.version, signal)
      const older = await this.resolveVersion(user, documentId, from)
      const label = (version: ExportVersion) => (version.kind === 'fassung' ? formatFassungLabel(version.fassung) : describeExportVersion(version).citation)
      const job: ExportJob = { ...common, kind: 'aenderungen', model: comparison.model, olderLabel: label(older), newerLabel: label(shown) }
      return {
        job,
        fileStem: `Änderungen ${fileTitle} – ${describeExportVersion(older).fileLabel} bis ${describeExportVersion(shown).fileLabel}`,
        key: cacheKey([documentId, request, title, editors, comparison.key, job.olderLabel, job.newerLabel]),
      }
    }
    const state = await fassungen.readVersionState(user, documentId, request.version)
    const version = shown
    const { fileLabel, titleLines } = describeExportVersion(version)
    const versionInput = { state: state.state, snapshot: state.snapshot, version }
    if (request.kind === 'beschlussvorlage') {
      const documentMetadata = await metadata.get(user, documentId)
      const vorlageNummer = documentMetadata.cover.vorlageNummer.trim()
      return {
        job: { ...common, kind: 'beschlussvorlage', ...versionInput, metadata: documentMetadata },
        fileStem: `Beschlussvorlage ${vorlageNummer ? `${vorlageNummer} ` : ''}– ${fileTitle} – ${fileLabel}`,
        key: cacheKey([documentId, request, title, editors, state.key, titleLines, documentMetadata]),
      }
    }
    if (request.from) {
      // The concept "with changes": its text, then every change since the older Fassung with where it stands.
      const comparison = await fassungen.compareWithKey(user, documentId, request.from, request.version, signal)
      const older = await this.resolveVersion(user, documentId, request.from)
      const olderLabel = older.kind === 'fassung' ? formatFassungLabel(older.fassung) : describeExportVersion(older).citation
      return {
        job: { ...common, kind: 'concept', ...versionInput, changes: { olderLabel, changes: comparison.model.changes } },
        fileStem: `${fileTitle} – ${fileLabel} mit Änderungen`,
        key: cacheKey([documentId, request, title, editors, state.key, titleLines, comparison.key, olderLabel]),
      }
    }
    return { job: { ...common, kind: 'concept', ...versionInput }, fileStem: `${fileTitle} – ${fileLabel}`, key: cacheKey([documentId, request, title, editors, state.key, titleLines]) }
  }

  private async resolveVersion(user: PublicUser, documentId: string, version: string): Promise<ExportVersion> {
    if (version === 'draft') return { kind: 'draft', asOf: this.now() }
    const fassung = (await this.dependencies.fassungen.list(user, documentId)).find((candidate) => candidate.id === version)
    if (!fassung) throw new NotFoundError('Diese Fassung gibt es nicht.')
    return { kind: 'fassung', fassung }
  }
}

function cacheKey(parts: unknown[]): string {
  return createHash('sha256').update(JSON.stringify(parts)).digest('base64url')
}
