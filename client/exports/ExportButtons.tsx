import { useId } from 'react'
import type { ExportFormat, ExportKind } from './ExportRequest'
import { exportFormats } from './exportFormats'
import { exportKindLabels } from './exportKindLabels'

/** "Konzept: DOCX PDF HTML": one button per format, each one click for one file; all wait while an export runs. */
export function ExportButtons({ kind, disabled, onExport }: { kind: ExportKind; disabled: boolean; onExport: (kind: ExportKind, format: ExportFormat) => void }) {
  const labelId = useId()
  const kindLabel = exportKindLabels[kind]
  const handleClick = (format: ExportFormat) => () => {
    if (!disabled) onExport(kind, format)
  }
  return (
    <div className="export-buttons" role="group" aria-labelledby={labelId} data-testid={`export-buttons-${kind}`}>
      <span id={labelId} className="export-buttons-label">
        {kindLabel}
      </span>
      {exportFormats.map(({ format, label }) => (
        // aria-disabled rather than disabled: the clicked button keeps the keyboard focus while its file is made.
        <button key={format} type="button" className="button button--small" aria-disabled={disabled} onClick={handleClick(format)} data-testid={`export-${kind}-${format}`}>
          <span className="visually-hidden">{`${kindLabel} als `}</span>
          {label}
        </button>
      ))}
    </div>
  )
}
