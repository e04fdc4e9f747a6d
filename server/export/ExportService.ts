import type { PublicUser } from '../../shared/accounts/PublicUser'
import type { ExportDocument } from '../../shared/export/ExportDocument'
import type { ExportVersion } from '../../shared/export/ExportVersion'
import { buildBeschlussvorlageExport } from '../../shared/export/buildBeschlussvorlageExport'
import { buildConceptExport } from '../../shared/export/buildConceptExport'
import { buildSynopseExport } from '../../shared/export/buildSynopseExport'
import { describeExportVersion } from '../../shared/export/describeExportVersion'
import { exportFileName } from '../../shared/export/exportFileName'
import { formatFassungLabel } from '../../shared/fassungen/Fassung'
import type { DocumentAccess } from '../auth/DocumentAccess'
import type { MetadataService } from '../documents/MetadataService'
import { NotFoundError } from '../errors/NotFoundError'
import type { FassungService } from '../fassungen/FassungService'
import type { Logger } from '../logging/Logger'
import type { ExportFormat, ExportRequest } from './ExportRequest'
import { loadPdfFonts, type PdfFonts } from './pdf/loadPdfFonts'
import { shortenTitleForFileName } from '../../shared/export/shortenTitleForFileName'

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
  /** The font files for PDFs; read from the font package if not given. */
  fonts?: PdfFonts
  /** The clock for "Stand:" dates of draft exports. */
  now?: () => Date
}

const contentTypes: Record<ExportFormat, string> = {
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  pdf: 'application/pdf',
  html: 'text/html; charset=utf-8',
}

/**
 * Exports a document as DOCX, PDF or HTML: the concept in any version, the Beschlussvorlage with the concept
 * as its Anlage, or the Synopse of two versions. Reading rights suffice (committee members export too);
 * everything is rendered from the shared model, never from the editor's HTML.
 */
export class ExportService {
  private readonly fonts: PdfFonts
  private readonly now: () => Date

  constructor(private readonly dependencies: ExportServiceDependencies) {
    this.fonts = dependencies.fonts ?? loadPdfFonts()
    this.now = dependencies.now ?? (() => new Date())
  }

  async export(user: PublicUser, documentId: string, request: ExportRequest): Promise<ExportFile> {
    const document = await this.dependencies.access.requireReadable(user, documentId)
    const started = Date.now()
    const { exportDocument, fileStem } = await this.build(user, documentId, document.title, request)
    const body = await this.render(exportDocument, request.format)
    this.dependencies.logger.info('export rendered', { documentId, kind: request.kind, format: request.format, bytes: body.byteLength, milliseconds: Date.now() - started })
    return { fileName: exportFileName(fileStem, request.format), contentType: contentTypes[request.format], body }
  }

  private async build(user: PublicUser, documentId: string, title: string, request: ExportRequest): Promise<{ exportDocument: ExportDocument; fileStem: string }> {
    const fileTitle = shortenTitleForFileName(title)
    const { fassungen, metadata } = this.dependencies
    if (request.kind === 'synopse') {
      const from = request.from ?? 'draft'
      const model = await fassungen.compare(user, documentId, from, request.version)
      const [older, newer] = await Promise.all([this.resolveVersion(user, documentId, from), this.resolveVersion(user, documentId, request.version)])
      const label = (version: ExportVersion) => (version.kind === 'fassung' ? `${title} ${formatFassungLabel(version.fassung)}` : `${title} – ${describeExportVersion(version).citation}`)
      return {
        exportDocument: buildSynopseExport({ model, documentTitle: title, olderLabel: label(older), newerLabel: label(newer) }),
        fileStem: `Synopse ${fileTitle} – ${describeExportVersion(older).fileLabel} und ${describeExportVersion(newer).fileLabel}`,
      }
    }
    const doc = await fassungen.readVersion(user, documentId, request.version)
    const version = await this.resolveVersion(user, documentId, request.version)
    const { fileLabel } = describeExportVersion(version)
    if (request.kind === 'beschlussvorlage') {
      const documentMetadata = await metadata.get(user, documentId)
      const vorlageNummer = documentMetadata.cover.vorlageNummer.trim()
      return {
        exportDocument: buildBeschlussvorlageExport({ doc, documentTitle: title, version, metadata: documentMetadata }),
        fileStem: `Beschlussvorlage ${vorlageNummer ? `${vorlageNummer} ` : ''}– ${fileTitle} – ${fileLabel}`,
      }
    }
    return { exportDocument: buildConceptExport({ doc, documentTitle: title, version }), fileStem: `${fileTitle} – ${fileLabel}` }
  }

  private async resolveVersion(user: PublicUser, documentId: string, version: string): Promise<ExportVersion> {
    if (version === 'draft') return { kind: 'draft', asOf: this.now() }
    const fassung = (await this.dependencies.fassungen.list(user, documentId)).find((candidate) => candidate.id === version)
    if (!fassung) throw new NotFoundError('Diese Fassung gibt es nicht.')
    return { kind: 'fassung', fassung }
  }

  // The renderers (docx, pdfkit) load on the first export, not when the server starts: most sessions never export.
  private async render(exportDocument: ExportDocument, format: ExportFormat): Promise<Uint8Array> {
    switch (format) {
      case 'docx':
        return (await import('./renderDocx')).renderDocx(exportDocument)
      case 'pdf':
        return (await import('./renderPdf')).renderPdf(exportDocument, this.fonts)
      case 'html':
        return (await import('./renderHtml')).renderHtml(exportDocument)
    }
  }
}
