import { Plugin, PluginKey } from '@tiptap/pm/state'
import { Decoration, DecorationSet } from '@tiptap/pm/view'
import { ySyncPluginKey } from '@tiptap/y-tiptap'
import type { ChangeModel } from '../../../shared/changes/ChangeModel'
import { describeAuthor } from '../../review/describeAuthor'
import { locateChanges } from './locateChanges'
import type { ShownChange } from './ShownChange'

interface TrackChangesState {
  model: ChangeModel | null
  isOpen: (changeId: string) => boolean
  changes: ShownChange[]
  decorations: DecorationSet
}

/** What the editor shows: a comparison with its open changes, or (null) the clean text. */
export interface TrackChangesUpdate {
  model: ChangeModel | null
  isOpen: (changeId: string) => boolean
}

export const trackChangesPluginKey = new PluginKey<TrackChangesState>('trackChanges')

/**
 * Shows a comparison's insertions (underlined) and deletions (struck-through text between the characters) in
 * the live editor, in the author's department colour, with author and time as the title. Decorations only:
 * the document itself is never touched. Local edits move them along; a remote edit places them anew.
 */
export function createTrackChangesPlugin(): Plugin<TrackChangesState> {
  return new Plugin<TrackChangesState>({
    key: trackChangesPluginKey,
    state: {
      init: () => ({ model: null, isOpen: () => false, changes: [], decorations: DecorationSet.empty }),
      apply(tr, value, _oldState, newState) {
        const update = tr.getMeta(trackChangesPluginKey) as TrackChangesUpdate | undefined
        const remote = (tr.getMeta(ySyncPluginKey) as { isChangeOrigin?: boolean } | undefined)?.isChangeOrigin === true
        if (update || (remote && tr.docChanged)) {
          const { model, isOpen } = update ?? value
          const changes = model ? locateChanges(newState.doc, model, isOpen) : []
          return { model, isOpen, changes, decorations: DecorationSet.create(newState.doc, changes.map(toDecoration)) }
        }
        if (!tr.docChanged) return value
        const changes = value.changes.map((change) => ({ ...change, from: tr.mapping.map(change.from, change.status === 'deleted' ? -1 : 1), to: tr.mapping.map(change.to, -1) }))
        return { ...value, changes, decorations: value.decorations.map(tr.mapping, tr.doc) }
      },
    },
    props: {
      decorations: (state) => trackChangesPluginKey.getState(state)?.decorations ?? DecorationSet.empty,
    },
  })
}

function toDecoration(change: ShownChange): Decoration {
  const title = `${change.status === 'inserted' ? 'Eingefügt' : 'Gelöscht'} von ${describeAuthor(change.author)}`
  if (change.status === 'inserted') {
    return Decoration.inline(
      change.from,
      change.to,
      { class: 'tracked-insertion', style: `--change-color: ${change.color}`, title, 'data-change-id': change.changeId, 'data-testid': 'tracked-insertion' },
      { changeId: change.changeId },
    )
  }
  return Decoration.widget(
    change.from,
    () => {
      const element = document.createElement('del')
      element.className = 'tracked-deletion'
      element.style.setProperty('--change-color', change.color)
      element.title = title
      element.dataset['changeId'] = change.changeId
      element.dataset['testid'] = 'tracked-deletion'
      element.contentEditable = 'false'
      element.textContent = change.text
      return element
    },
    { side: -1, key: `${change.changeId}:${change.text}`, ignoreSelection: true, changeId: change.changeId },
  )
}
