import type { BeratungsfolgeItem } from '../../shared/documentMeta/DocumentMetadata'
import { formatFassungLabel, type Fassung } from '../../shared/fassungen/Fassung'
import { FassungExportMenu } from '../exports/FassungExportMenu'
import { AppLink } from '../routing/AppLink'
import { comparisonPath } from '../routing/comparisonPath'
import { fassungPath } from '../routing/fassungPath'
import { formatIsoDate } from './formatIsoDate'

/** The frozen Fassungen of a document, oldest first, each to read or to compare with the draft. */
export function FassungTable({ documentId, fassungen, beratungsfolge }: { documentId: string; fassungen: readonly Fassung[]; beratungsfolge: readonly BeratungsfolgeItem[] }) {
  if (fassungen.length === 0) return <p data-testid="no-fassungen">Noch keine Fassung eingefroren.</p>
  return (
    <div className="table-scroll">
      <table className="data-table" data-testid="fassung-table">
        <thead>
          <tr>
            <th scope="col">Fassung</th>
            <th scope="col">Gremium</th>
            <th scope="col">Datum</th>
            <th scope="col">Status</th>
            <th scope="col">Beratungsfolge</th>
            <th scope="col">Aktionen</th>
          </tr>
        </thead>
        <tbody>
          {fassungen.map((fassung) => {
            const entry = beratungsfolge.find((item) => item.id === fassung.beratungsfolgeId)
            return (
              <tr key={fassung.id} data-testid="fassung-row" data-fassung-id={fassung.id}>
                <th scope="row">
                  <span className="fassung-name">{fassung.name}</span>
                  <span className="fassung-label" data-testid="fassung-label">
                    {formatFassungLabel(fassung)}
                  </span>
                </th>
                <td>{fassung.gremium}</td>
                <td>{formatIsoDate(fassung.date)}</td>
                <td>{fassung.status}</td>
                <td>{entry ? `${formatIsoDate(entry.datum)} · ${entry.zustaendigkeit || entry.gremium}` : '–'}</td>
                <td>
                  <span className="table-actions">
                    <AppLink href={fassungPath(documentId, fassung.id)} data-testid="fassung-open">
                      Lesen<span className="visually-hidden">{`: ${fassung.name}`}</span>
                    </AppLink>
                    <AppLink href={comparisonPath(documentId, fassung.id, 'draft')} data-testid="fassung-compare-draft">
                      Mit Entwurf vergleichen<span className="visually-hidden">{`: ${fassung.name}`}</span>
                    </AppLink>
                    <FassungExportMenu documentId={documentId} fassung={fassung} />
                  </span>
                </td>
              </tr>
            )
          })}
        </tbody>
      </table>
    </div>
  )
}
