import type { Editor } from '@tiptap/core'
import type { CSSProperties } from 'react'
import type { Awareness } from 'y-protocols/awareness'
import type { OutlineEntry } from '../../../shared/model/collectOutline'
import { useAwarenessUsers } from '../../presence/useAwarenessUsers'
import { formatOutlineTitle } from './formatOutlineTitle'
import { groupPeopleByHandlungsfeld } from './groupPeopleByHandlungsfeld'
import { moveCursorToOutlineEntry } from './moveCursorToOutlineEntry'
import { OutlinePresence } from './OutlinePresence'
import { useOutline } from './useOutline'

const kindLabels: Record<OutlineEntry['kind'], string | null> = {
  heading: null,
  handlungsfeld: null,
  teilziel: 'Teilziel',
  massnahme: 'Maßnahme',
}

/**
 * The "Gliederung": chapters, Handlungsfelder with their Teilziele and Maßnahmen; a click or Enter jumps
 * there. With the document's `awareness`, badges beside each Handlungsfeld show who else works in it.
 */
export function OutlineSidebar({ editor, awareness = null }: { editor: Editor; awareness?: Awareness | null }) {
  const entries = useOutline(editor)
  const peopleByHandlungsfeld = groupPeopleByHandlungsfeld(useAwarenessUsers(awareness))
  const handleSelect = (entry: OutlineEntry) => moveCursorToOutlineEntry(editor, entry)
  return (
    <nav className="outline" aria-labelledby="outline-heading">
      <h2 id="outline-heading" className="outline-heading">
        Gliederung
      </h2>
      {entries.length === 0 ? (
        <p className="outline-empty">Überschriften und Handlungsfelder erscheinen hier, sobald Sie sie anlegen.</p>
      ) : (
        <ol className="outline-list">
          {entries.map((entry) => {
            const kindLabel = kindLabels[entry.kind]
            const depth = entry.kind === 'teilziel' || entry.kind === 'massnahme' ? entry.depth + 1 : entry.depth
            const people = entry.kind === 'handlungsfeld' && entry.id ? peopleByHandlungsfeld.get(entry.id) : undefined
            return (
              <li
                key={entry.position}
                className={`outline-item outline-item--${entry.kind}${people ? ' outline-item--present' : ''}`}
                style={{ '--outline-depth': depth } as CSSProperties}
                data-block-id={entry.id ?? undefined}
              >
                <button type="button" className="outline-entry" data-testid="outline-entry" data-kind={entry.kind} onClick={() => handleSelect(entry)}>
                  {kindLabel ? <span className="outline-entry-kind">{kindLabel}</span> : null}
                  {entry.number ? <span className="outline-entry-number">{entry.number}</span> : null}
                  <span className="outline-entry-title">{formatOutlineTitle(entry)}</span>
                </button>
                {people ? <OutlinePresence people={people} /> : null}
              </li>
            )
          })}
        </ol>
      )}
    </nav>
  )
}
