import type { BeratungsfolgeItem } from '../../shared/documentMeta/DocumentMetadata'
import { formatIsoDate } from './formatIsoDate'

/** The Beratungsfolge as the cover of a Beschlussvorlage lists it: Datum, Gremium, Zuständigkeit. */
export function BeratungsfolgeTable({ beratungsfolge }: { beratungsfolge: readonly BeratungsfolgeItem[] }) {
  if (beratungsfolge.length === 0) return <p>Noch keine Beratungsfolge eingetragen.</p>
  return (
    <table className="data-table" data-testid="beratungsfolge-table">
      <thead>
        <tr>
          <th scope="col">Datum</th>
          <th scope="col">Gremium</th>
          <th scope="col">Zuständigkeit</th>
        </tr>
      </thead>
      <tbody>
        {beratungsfolge.map((entry) => (
          <tr key={entry.id}>
            <td>{formatIsoDate(entry.datum)}</td>
            <td>{entry.gremium}</td>
            <td>{entry.zustaendigkeit}</td>
          </tr>
        ))}
      </tbody>
    </table>
  )
}
