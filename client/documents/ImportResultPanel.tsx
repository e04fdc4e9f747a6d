import type { ImportResult } from '../api/apiTypes'
import { documentPath } from '../routing/documentPath'
import { navigate } from '../routing/navigate'
import { formatImportSummary } from './formatImportSummary'

/** What an import recognised, its warnings, and the way into the new concept. */
export function ImportResultPanel({ result }: { result: ImportResult }) {
  const { recognised, details, format } = formatImportSummary(result.summary)
  const handleOpen = () => navigate(documentPath(result.id))
  return (
    <div className="import-result" role="status" data-testid="import-summary">
      <p className="import-result-title">
        „{result.summary.title || 'Unbenanntes Konzept'}“ wurde importiert{format ? ` (erkannt als ${format})` : ''}.
      </p>
      <p className="import-result-recognised" data-testid="import-summary-recognised">
        {recognised}.
      </p>
      <p>{details}</p>
      {result.summary.warnings.length > 0 ? (
        <div className="import-warnings">
          <p>Bitte prüfen Sie:</p>
          <ul>
            {result.summary.warnings.map((warning, index) => (
              <li key={index}>{warning}</li>
            ))}
          </ul>
        </div>
      ) : null}
      <button type="button" className="button button--primary" onClick={handleOpen} data-testid="import-open">
        Konzept öffnen
      </button>
    </div>
  )
}
