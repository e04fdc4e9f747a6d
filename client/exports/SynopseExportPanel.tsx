import { useId } from 'react'
import type { SynopseScope } from '../../shared/export/SynopseScope'
import { describeSynopseScope } from '../review/synopse/describeSynopseScope'
import { ExportPanel } from './ExportPanel'

/**
 * On the comparison page: the Synopse of `from` → `to` as a file, with what the Synopse on screen shows, and the
 * newer text with the changes as tracked changes (in DOCX Word's own, to accept or reject in Word).
 */
export function SynopseExportPanel({ documentId, from, to, scope }: { documentId: string; from: string; to: string; scope: SynopseScope }) {
  const headingId = useId()
  return (
    <section className="export-section export-section--compact" aria-labelledby={headingId} data-testid="synopse-export">
      <h2 id={headingId} className="export-section-heading">
        Als Datei herunterladen
      </h2>
      <ExportPanel documentId={documentId} kinds={['synopse', 'aenderungen']} version={to} from={from} synopseScope={scope}>
        <p className="export-scope" data-testid="synopse-export-scope">{`Synopse: ${describeSynopseScope(scope)}`}</p>
      </ExportPanel>
    </section>
  )
}
