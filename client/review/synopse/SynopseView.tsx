import { useId, useMemo, useState, type CSSProperties } from 'react'
import { buildSynopseRows, type SynopseRow } from '../../../shared/changes/buildSynopseRows'
import type { ChangeModel } from '../../../shared/changes/ChangeModel'
import { describeChangeLocation } from '../../../shared/changes/describeChangeLocation'
import { formatCount } from '../../text/formatCount'
import { indexBlocks } from './indexBlocks'
import { SynopseCellView } from './SynopseCellView'

type SynopseItem = { kind: 'row'; row: SynopseRow; key: string } | { kind: 'gap'; count: number; key: string }

/**
 * The two-column Synopse as committees know it (seed 004): the older version left, the newer right, row
 * by row; unchanged passages folded to "(…)" unless shown on request.
 */
export function SynopseView({ model }: { model: ChangeModel }) {
  const captionId = useId()
  const [showUnchanged, setShowUnchanged] = useState(false)
  const rows = useMemo(() => buildSynopseRows(model), [model])
  const index = useMemo(() => indexBlocks(model.blocks), [model])
  const items = useMemo(() => foldUnchanged(rows, showUnchanged), [rows, showUnchanged])
  const unchangedCount = rows.filter((row) => !row.changed).length

  const handleToggle = () => setShowUnchanged((shown) => !shown)

  // Every row says where it stands; a Handlungsfeld title shows its number in the text already.
  const locationOf = (row: SynopseRow, side: 'left' | 'right'): string | null => {
    const block = row.id ? index.byId.get(row.id) : undefined
    if (!row.id || !block || numberOf(row, side) !== null) return null
    const section = index.sections.get(row.id)
    return describeChangeLocation({ blockLabel: block.location?.blockLabel ?? '', sectionNumber: (side === 'left' ? section?.from : section?.to) ?? null }) || null
  }

  const numberOf = (row: SynopseRow, side: 'left' | 'right'): string | null => {
    const cell = side === 'left' ? row.left : row.right
    if (cell?.number) return cell.number
    const titleNumber = row.id ? index.titleNumbers.get(row.id) : undefined
    return titleNumber ? (side === 'left' ? titleNumber.from : titleNumber.to) : null
  }

  return (
    <div className="synopse" data-testid="synopse">
      <div className="synopse-toolbar">
        <button type="button" className="button" onClick={handleToggle} disabled={unchangedCount === 0} data-testid="synopse-toggle-unchanged">
          {showUnchanged ? 'Unveränderte Abschnitte ausblenden' : 'Unveränderte Abschnitte einblenden'}
        </button>
        <span className="synopse-summary">{`${formatCount(rows.length - unchangedCount, 'geänderter Abschnitt', 'geänderte Abschnitte')}, ${formatCount(unchangedCount, 'unveränderter', 'unveränderte')}`}</span>
      </div>
      <table className="synopse-table" aria-describedby={captionId}>
        <caption id={captionId} className="visually-hidden">
          {`Synopse: links ${model.from.label}, rechts ${model.to.label}. Gestrichenes ist links durchgestrichen, Eingefügtes rechts unterstrichen.`}
        </caption>
        <colgroup>
          <col style={{ width: '50%' } as CSSProperties} />
          <col style={{ width: '50%' } as CSSProperties} />
        </colgroup>
        <thead>
          <tr>
            <th scope="col" data-testid="synopse-header-left">
              {model.from.label}
            </th>
            <th scope="col" data-testid="synopse-header-right">
              {model.to.label}
            </th>
          </tr>
        </thead>
        <tbody>
          {items.map((item) =>
            item.kind === 'gap' ? (
              <tr key={item.key} className="synopse-gap" data-testid="synopse-gap">
                <td colSpan={2}>{`(…) ${formatCount(item.count, 'unveränderter Abschnitt', 'unveränderte Abschnitte')}`}</td>
              </tr>
            ) : (
              <tr key={item.key} className={item.row.changed ? 'synopse-row is-changed' : 'synopse-row'} data-testid="synopse-row" data-block-id={item.row.id ?? undefined}>
                <td className="synopse-cell synopse-cell--left" data-testid="synopse-left">
                  <SynopseCellView cell={item.row.left} side="left" block={item.row.id ? index.byId.get(item.row.id) : undefined} number={numberOf(item.row, 'left')} location={locationOf(item.row, 'left')} />
                </td>
                <td className="synopse-cell synopse-cell--right" data-testid="synopse-right">
                  <SynopseCellView cell={item.row.right} side="right" block={item.row.id ? index.byId.get(item.row.id) : undefined} number={numberOf(item.row, 'right')} location={locationOf(item.row, 'right')} />
                </td>
              </tr>
            ),
          )}
        </tbody>
      </table>
    </div>
  )
}

function foldUnchanged(rows: readonly SynopseRow[], showUnchanged: boolean): SynopseItem[] {
  const items: SynopseItem[] = []
  rows.forEach((row, position) => {
    const key = `${row.id ?? 'row'}:${position}`
    if (showUnchanged || row.changed) {
      items.push({ kind: 'row', row, key })
      return
    }
    const last = items.at(-1)
    if (last?.kind === 'gap') last.count += 1
    else items.push({ kind: 'gap', count: 1, key: `gap:${key}` })
  })
  return items
}
