import { formatFassungLabel } from '../fassungen/Fassung'
import type { ExportVersion } from './ExportVersion'
import { formatGermanDate } from './formatGermanDate'
import { formatGermanDay } from './formatGermanDay'

export interface ExportVersionDescription {
  /** How the version is cited: "i.d.F. vom 21.03.2019 (AFS)" or "Entwurf, Stand 21.11.2026". */
  citation: string
  /** For file names: "Fassung vom 21.03.2019" or "Entwurf vom 21.11.2026". */
  fileLabel: string
  /** Lines for a title page, in order. */
  titleLines: string[]
}

/** The German wording of a version for title pages, headers, footers and file names. */
export function describeExportVersion(version: ExportVersion): ExportVersionDescription {
  if (version.kind === 'draft') {
    const day = formatGermanDay(version.asOf)
    return { citation: `Entwurf, Stand ${day}`, fileLabel: `Entwurf vom ${day}`, titleLines: ['Aktueller Entwurf', `Stand: ${day}`] }
  }
  const { fassung } = version
  return {
    citation: formatFassungLabel(fassung),
    fileLabel: `Fassung vom ${formatGermanDate(fassung.date)}`,
    titleLines: [fassung.name, formatFassungLabel(fassung), `Gremium: ${fassung.gremium}`, `Status: ${fassung.status}`],
  }
}
