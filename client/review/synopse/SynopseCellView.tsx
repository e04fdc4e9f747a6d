import type { ChangeBlock } from '../../../shared/changes/ChangeModel'
import type { SynopseCell, SynopseLine } from '../../../shared/changes/buildSynopseRows'
import { ChangeRuns } from '../inline/ChangeRuns'
import { SynopseUnitTitle } from './SynopseUnitTitle'

/**
 * One side of a Synopse row: the older version (insertions left out, deletions struck through) or the
 * newer one (deletions left out, insertions underlined), with numbers, location, field labels and list bullets.
 */
export function SynopseCellView({ cell, side, block, number, location }: { cell: SynopseCell | null; side: 'left' | 'right'; block: ChangeBlock | undefined; number: string | null; location: string | null }) {
  if (!cell) return null
  const groups = groupLines(cell.lines)
  const older = side === 'left'
  return (
    <>
      {location ? (
        <p className="synopse-location" data-testid="synopse-location">
          {location}
        </p>
      ) : null}
      <SynopseUnitTitle cell={cell} side={side} block={block} />
      {groups.map((group, index) =>
        group.kind === 'list' ? (
          <ul key={index} className="synopse-list">
            {group.lines.map((line, lineIndex) => (
              <li key={lineIndex}>
                <LineContent line={line} older={older} />
              </li>
            ))}
          </ul>
        ) : (
          <p key={index} className={group.line.kind === 'heading' ? 'synopse-line synopse-line--heading' : 'synopse-line'}>
            {index === 0 && number ? <span className="synopse-number">{number}</span> : null}
            <LineContent line={group.line} older={older} />
          </p>
        ),
      )}
    </>
  )
}

function LineContent({ line, older }: { line: SynopseLine; older: boolean }) {
  return (
    <>
      {line.label ? <span className="synopse-label">{line.runs.length > 0 ? `${line.label}: ` : `${line.label}:`}</span> : null}
      <ChangeRuns runs={line.runs} markOnly older={older} />
    </>
  )
}

type LineGroup = { kind: 'line'; line: SynopseLine } | { kind: 'list'; lines: SynopseLine[] }

// Consecutive list items become one list; a field label on a list item stands on its own line above the list.
function groupLines(lines: readonly SynopseLine[]): LineGroup[] {
  const groups: LineGroup[] = []
  for (const line of lines) {
    if (line.kind !== 'listItem') {
      groups.push({ kind: 'line', line })
      continue
    }
    if (line.label) groups.push({ kind: 'line', line: { label: line.label, kind: 'text', runs: [] } })
    const item = { ...line, label: null }
    const last = groups.at(-1)
    if (last?.kind === 'list' && !line.label) last.lines.push(item)
    else groups.push({ kind: 'list', lines: [item] })
  }
  return groups
}
