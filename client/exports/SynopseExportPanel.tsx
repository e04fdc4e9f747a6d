import { useId } from 'react'
import { ExportPanel } from './ExportPanel'

/** On the comparison page: the Synopse of `from` → `to` as a file. */
export function SynopseExportPanel({ documentId, from, to }: { documentId: string; from: string; to: string }) {
  const headingId = useId()
  return (
    <section className="export-section export-section--compact" aria-labelledby={headingId} data-testid="synopse-export">
      <h2 id={headingId} className="export-section-heading">
        Als Datei herunterladen
      </h2>
      <ExportPanel documentId={documentId} kinds={['synopse']} version={to} from={from} />
    </section>
  )
}
