import { useContext, type CSSProperties, type ReactNode } from 'react'
import type { ChangeBlock } from '../../../shared/changes/ChangeModel'
import { NodeName } from '../../../shared/schema/nodeNames'
import { massnahmeStatusLabels } from '../../editor/nodes/massnahme/massnahmeStatusLabels'
import { formatTeilzielHeading } from '../../editor/nodes/teilziel/formatTeilzielHeading'
import { truncateWords } from '../../text/truncateWords'
import type { MassnahmeStatus } from '../../../shared/schema/nodes/massnahme/massnahmeFieldDefinitions'
import { ChangeViewContext } from '../ChangeViewContext'
import { labelledFieldLabel } from '../../../shared/schema/nodes/labelledField/labelledFieldLabel'
import type { BlockPlace } from './BlockPlace'
import { ChangeBadges } from './ChangeBadges'
import { ChangeBlockList } from './ChangeBlockList'
import { ChangeRuns, type BlockChange } from './ChangeRuns'
import { blockTypeLabel } from '../../../shared/changes/blockLabels'
import { plainTextOf } from './plainTextOf'
import { SectionNumber } from './SectionNumber'
import { handlungsfeldHeadingLevel } from '../../../shared/schema/numbering/handlungsfeldHeadingLevel'

const tableTypes = new Set(['table', 'tableRow', 'tableCell', 'tableHeader'])

/** One block of a comparison, rendered like the editor renders it, with its changes marked. */
export function ChangeBlockView({ block, place }: { block: ChangeBlock; place: BlockPlace }) {
  const view = useContext(ChangeViewContext)
  if (block.move && block.status === 'deleted') return <MoveSource block={block} />
  // Where a reordered block stood: its new place carries the badge.
  if (block.reorder && block.status === 'deleted') return null

  const wholeChange = block.changeId && !block.move && !block.reorder && block.status !== 'unchanged' ? block.changeId : null
  const blockChange: BlockChange | undefined = wholeChange ? { changeId: wholeChange, author: block.author } : undefined
  const common = {
    'data-block-id': block.id ?? undefined,
    className: wholeChange ? `change-block change-block--${block.status}` : undefined,
    style: wholeChange ? ({ '--change-color': view.colorOf(block.author) } as CSSProperties) : undefined,
  }
  const children = (sectionNumber = place.sectionNumber, depth = place.depth) => <ChangeBlockList blocks={block.children} sectionNumber={sectionNumber} depth={depth} />
  const containerBadges = <ChangeBadges block={block} withWholeBlock />
  const textBadges = <ChangeBadges block={block} withWholeBlock={block.runs.length === 0} />
  const text = <ChangeRuns runs={block.runs} blockChange={blockChange} />

  switch (block.type) {
    case NodeName.paragraph:
      return (
        <>
          {textBadges}
          <p {...common}>{text}</p>
        </>
      )
    case NodeName.heading: {
      const level = Math.min(4, Math.max(1, Number(block.attributes['level'] ?? 1)))
      const Heading = `h${level + 1}` as 'h2'
      return (
        <>
          {textBadges}
          <Heading {...common} className={joinClasses(`concept-heading-${level}`, common.className)}>
            <SectionNumber number={block.number} className="heading-number" />
            {text}
          </Heading>
        </>
      )
    }
    case NodeName.handlungsfeldTitel: {
      const Heading = `h${handlungsfeldHeadingLevel(place.sectionNumber, Math.max(0, place.depth - 1))}` as 'h3'
      return (
        <>
          {textBadges}
          <Heading {...common} className={joinClasses('handlungsfeld-titel', common.className)}>
            {text}
          </Heading>
        </>
      )
    }
    case NodeName.handlungsfeld: {
      const number = block.number ? (block.number.to ?? block.number.from) : null
      return (
        <section {...common} className={joinClasses(place.depth > 0 ? 'handlungsfeld handlungsfeld--nested' : 'handlungsfeld', common.className)} data-testid="change-handlungsfeld">
          {containerBadges}
          <SectionNumber number={block.number} className="handlungsfeld-number" />
          <div className="handlungsfeld-content">
            {children(number, place.depth + 1)}
          </div>
        </section>
      )
    }
    case NodeName.teilziel: {
      const heading = formatTeilzielHeading({ teilzielOrdinal: place.teilzielOrdinal ?? undefined, sectionNumber: place.sectionNumber })
      return (
        <section {...common} className={joinClasses('teilziel-card', common.className)} role="group" aria-label={heading} data-testid="change-teilziel">
          <div className="teilziel-card-header">{heading}</div>
          {containerBadges}
          {children()}
        </section>
      )
    }
    case NodeName.massnahme:
      return <MassnahmeCard block={block} common={common} badges={containerBadges} fields={children()} />
    case NodeName.bulletList:
      return (
        <>
          {containerBadges}
          <ul {...common}>{children()}</ul>
        </>
      )
    case NodeName.orderedList:
      return (
        <>
          {containerBadges}
          <ol {...common} start={typeof block.attributes['start'] === 'number' ? block.attributes['start'] : undefined}>
            {children()}
          </ol>
        </>
      )
    case NodeName.listItem:
      return (
        <li {...common}>
          {containerBadges}
          {children()}
        </li>
      )
    case 'blockquote':
      return (
        <>
          {containerBadges}
          <blockquote {...common}>{children()}</blockquote>
        </>
      )
    case 'horizontalRule':
      return (
        <>
          {containerBadges}
          <hr {...common} />
        </>
      )
    default:
      break
  }
  if (tableTypes.has(block.type)) return <TablePart block={block} common={common} cells={children()} badges={containerBadges} />
  const label = labelledFieldLabel(block.type, block.attributes)
  if (label) {
    return (
      <div {...common} className={joinClasses('concept-field', common.className)} data-type={block.type} role="group" aria-label={label}>
        <div className="concept-field-label" aria-hidden="true">
          {label}
        </div>
        <div className="concept-field-content">
          {containerBadges}
          {block.runs.length > 0 ? <p>{text}</p> : children()}
        </div>
      </div>
    )
  }
  return (
    <div {...common}>
      {containerBadges}
      {block.runs.length > 0 ? <p>{text}</p> : children()}
    </div>
  )
}

interface CommonProps {
  'data-block-id': string | undefined
  className: string | undefined
  style: CSSProperties | undefined
}

function MassnahmeCard({ block, common, badges, fields }: { block: ChangeBlock; common: CommonProps; badges: ReactNode; fields: ReactNode }) {
  const code = String(block.attributes['code'] ?? '')
  const zeitraum = String(block.attributes['zeitraum'] ?? '')
  const status = String(block.attributes['status'] ?? '')
  const statusLabel = status in massnahmeStatusLabels ? massnahmeStatusLabels[status as MassnahmeStatus] : status
  return (
    <section {...common} className={joinClasses('massnahme-card', common.className)} role="group" aria-label={code ? `Maßnahme ${code}` : 'Maßnahme'} data-testid="change-massnahme">
      <div className="massnahme-card-header">
        <span className="massnahme-card-title">Maßnahme</span>
        <span className="massnahme-fact">
          <span className="massnahme-fact-label">Kürzel</span> {code || '–'}
        </span>
        <span className="massnahme-fact">
          <span className="massnahme-fact-label">Zeitraum</span> {zeitraum || '–'}
        </span>
        <span className="massnahme-fact">
          <span className="massnahme-fact-label">Status</span> {statusLabel || '–'}
        </span>
      </div>
      {badges}
      {fields}
    </section>
  )
}

function TablePart({ block, common, cells, badges }: { block: ChangeBlock; common: CommonProps; cells: ReactNode; badges: ReactNode }) {
  const span = (key: string) => (typeof block.attributes[key] === 'number' ? (block.attributes[key] as number) : undefined)
  switch (block.type) {
    case 'table':
      return (
        <>
          {badges}
          <table {...common}>
            <tbody>{cells}</tbody>
          </table>
        </>
      )
    case 'tableRow':
      return <tr {...common}>{cells}</tr>
    case 'tableHeader':
      return (
        <th {...common} colSpan={span('colspan')} rowSpan={span('rowspan')}>
          {badges}
          {cells}
        </th>
      )
    default:
      return (
        <td {...common} colSpan={span('colspan')} rowSpan={span('rowspan')}>
          {badges}
          {cells}
        </td>
      )
  }
}

// Where a moved block stood in the older version: a short note instead of the whole text again.
function MoveSource({ block }: { block: ChangeBlock }) {
  const excerpt = truncateWords(plainTextOf(block), 8)
  return (
    <p className="move-source" data-block-id={block.id ?? undefined} data-testid="move-source">
      {`Hier stand bisher ${blockTypeLabel(block.type)}${excerpt ? ` „${excerpt}“` : ''} – verschoben nach ${block.move?.to ?? 'anderer Stelle'}.`}
    </p>
  )
}

function joinClasses(...classes: (string | undefined)[]): string {
  return classes.filter(Boolean).join(' ')
}
