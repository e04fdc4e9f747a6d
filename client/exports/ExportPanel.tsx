import type { ReactNode } from 'react'
import type { SynopseScope } from '../../shared/export/SynopseScope'
import { ExportButtons } from './ExportButtons'
import type { ExportFormat, ExportKind } from './ExportRequest'
import { ExportStatus } from './ExportStatus'
import { useExportDownload } from './useExportDownload'

/**
 * Export buttons for one version of a document (per kind: DOCX, PDF, HTML) with the progress of the running
 * export; all buttons wait while one runs. `from` is the older Fassung of a Synopse, `synopseScope` what it shows.
 */
export function ExportPanel({
  documentId,
  kinds,
  version,
  from,
  synopseScope,
  children,
}: {
  documentId: string
  kinds: readonly ExportKind[]
  version: string
  from?: string
  synopseScope?: SynopseScope
  children?: ReactNode
}) {
  const { state, running, start, cancel } = useExportDownload()
  const handleExport = (kind: ExportKind, format: ExportFormat) => start({ documentId, kind, format, version, ...(from ? { from } : {}), ...(synopseScope ? { synopseScope } : {}) })
  return (
    <div className="export-panel" data-testid="export-panel" aria-busy={running}>
      {children}
      {kinds.map((kind) => (
        <ExportButtons key={kind} kind={kind} disabled={running} onExport={handleExport} />
      ))}
      <ExportStatus state={state} onCancel={cancel} />
    </div>
  )
}
