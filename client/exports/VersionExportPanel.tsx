import { useEffect, useId, useState, type ChangeEvent } from 'react'
import { formatFassungLabel, type Fassung } from '../../shared/fassungen/Fassung'
import { listFassungen } from '../fassungen/api/listFassungen'
import type { ExportKind } from './ExportRequest'
import { ExportPanel } from './ExportPanel'

/** Export buttons with a choice of version: the current draft or one of the frozen Fassungen. */
export function VersionExportPanel({ documentId, kinds }: { documentId: string; kinds: readonly ExportKind[] }) {
  const selectId = useId()
  const [version, setVersion] = useState('draft')
  const [fassungen, setFassungen] = useState<Fassung[] | null>(null)
  const [loadError, setLoadError] = useState<string | null>(null)

  useEffect(() => {
    const controller = new AbortController()
    listFassungen(documentId, controller.signal).then(setFassungen, (error: unknown) => {
      if (!controller.signal.aborted) setLoadError(error instanceof Error ? error.message : String(error))
    })
    return () => controller.abort()
  }, [documentId])

  const handleVersionChange = (event: ChangeEvent<HTMLSelectElement>) => setVersion(event.target.value)

  return (
    <ExportPanel documentId={documentId} kinds={kinds} version={version}>
      <div className="form-field export-version">
        <label htmlFor={selectId}>Version</label>
        <select id={selectId} value={version} onChange={handleVersionChange} data-testid="export-version">
          <option value="draft">Aktueller Entwurf</option>
          {(fassungen ?? []).map((fassung) => (
            <option key={fassung.id} value={fassung.id}>
              {`${fassung.name} (${formatFassungLabel(fassung)})`}
            </option>
          ))}
        </select>
        {loadError ? <p className="form-hint">{`Die Fassungen konnten nicht geladen werden (${loadError}); der aktuelle Entwurf lässt sich exportieren.`}</p> : null}
      </div>
    </ExportPanel>
  )
}
