import { useId, useMemo, type CSSProperties } from 'react'
import { buildSynopseRows, type SynopseRow } from '../../../shared/changes/buildSynopseRows'
import type { ChangeModel } from '../../../shared/changes/ChangeModel'
import { describeChangeLocation } from '../../../shared/changes/describeChangeLocation'
import { listSynopseSections } from '../../../shared/export/listSynopseSections'
import { selectSynopseRows } from '../../../shared/export/selectSynopseRows'
import type { SynopseScope } from '../../../shared/export/SynopseScope'
import { formatCount } from '../../text/formatCount'
import { indexBlocks } from './indexBlocks'
import { SynopseCellView } from './SynopseCellView'
import { SynopseSectionPicker } from './SynopseSectionPicker'

/**
 * The two-column Synopse as committees know it (seed 004): the older version left, the newer right, row
 * by row; unchanged passages folded to "(…)" unless shown on request, and restricted to chosen
 * Handlungsfelder if asked. `scope` is what the Synopse download takes too.
 */
export function SynopseView({ model, scope, onScopeChange }: { model: ChangeModel; scope: SynopseScope; onScopeChange: (scope: SynopseScope) => void }) {
  const captionId = useId()
  const rows = useMemo(() => buildSynopseRows(model), [model])
  const index = useMemo(() => indexBlocks(model.blocks), [model])
  const sections = useMemo(() => listSynopseSections(model.blocks), [model])
  const items = useMemo(() => selectSynopseRows(rows, index.sections, scope), [rows, index, scope])
  const inChosenSections = useMemo(() => selectSynopseRows(rows, index.sections, { ...scope, changesOnly: false }).flatMap((item) => (item.kind === 'row' ? [item.row] : [])), [rows, index, scope])
  const unchangedCount = inChosenSections.filter((row) => !row.changed).length
  const gapNoun: [string, string] = scope.sections.length > 0 ? ['ausgelassener Abschnitt', 'ausgelassene Abschnitte'] : ['unveränderter Abschnitt', 'unveränderte Abschnitte']

  const handleToggle = () => onScopeChange({ ...scope, changesOnly: !scope.changesOnly })
  const handleSectionsChange = (chosen: string[]) => onScopeChange({ ...scope, sections: chosen })

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
          {scope.changesOnly ? 'Unveränderte Abschnitte einblenden' : 'Unveränderte Abschnitte ausblenden'}
        </button>
        <SynopseSectionPicker sections={sections} chosen={scope.sections} onChange={handleSectionsChange} />
        <span className="synopse-summary">{`${formatCount(inChosenSections.length - unchangedCount, 'geänderter Abschnitt', 'geänderte Abschnitte')}, ${formatCount(unchangedCount, 'unveränderter', 'unveränderte')}`}</span>
      </div>
      {/* The caption names the table; the description says how to read it (name and description differ). */}
      <p id={captionId} className="visually-hidden">
        Gestrichenes ist links durchgestrichen, Eingefügtes rechts unterstrichen.
      </p>
      <table className="synopse-table" aria-describedby={captionId}>
        <caption className="visually-hidden">{`Synopse: links ${model.from.label}, rechts ${model.to.label}`}</caption>
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
                <td colSpan={2}>{`(…) ${formatCount(item.count, gapNoun[0], gapNoun[1])}`}</td>
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
