import type { Extensions } from '@tiptap/core'
import Collaboration from '@tiptap/extension-collaboration'
import CollaborationCaret from '@tiptap/extension-collaboration-caret'
import { createConceptExtensions } from '../../shared/schema/conceptExtensions'
import { standardFieldLabels } from '../../shared/schema/nodes/labelledField/labelledFieldDefinitions'
import { CONTENT_FRAGMENT, NodeName } from '../../shared/schema/nodeNames'
import { PresenceLocation } from '../presence/PresenceLocation'
import type { CollaborationSession } from './collaboration/CollaborationSession'
import { KeepCaretOnRemoteEdits } from './collaboration/KeepCaretOnRemoteEdits'
import type { LocalUser } from './collaboration/LocalUser'
import { ReadOnlyGuard } from './collaboration/ReadOnlyGuard'
import { renderCaret } from './collaboration/renderCaret'
import { renderCaretSelection } from './collaboration/renderCaretSelection'
import { BlockActions } from './blockActions/BlockActions'
import { FieldNavigation } from './fieldNavigation/FieldNavigation'
import { ListIndentation } from './lists/ListIndentation'
import { HandlungsfeldWithView } from './nodes/handlungsfeld/HandlungsfeldWithView'
import { withEditableLabel } from './nodes/labelledField/withEditableLabel'
import { MassnahmeWithView } from './nodes/massnahme/MassnahmeWithView'
import { TeilzielWithView } from './nodes/teilziel/TeilzielWithView'
import { ConceptNumbering } from './numbering/ConceptNumbering'
import { ConceptPlaceholder } from './placeholder/ConceptPlaceholder'
import { SearchHighlight } from './search/SearchHighlight'
import { EditorShortcuts } from './shortcuts/EditorShortcuts'
import { SlashCommands } from './slashMenu/SlashCommands'

const nodesWithViews: Record<string, Extensions[number]> = {
  [NodeName.teilziel]: TeilzielWithView,
  [NodeName.handlungsfeld]: HandlungsfeldWithView,
  [NodeName.massnahme]: MassnahmeWithView,
}

/**
 * The browser editor: the shared concept schema with React views for Teilziel, Handlungsfeld and
 * Maßnahme, synced through the session's Y.Doc (whose undo manager provides undo and redo), plus
 * numbering, field navigation, the slash menu and the office shortcuts. Carets and the cursor's location
 * are shared through the session's awareness; `readOnly` keeps the caret but drops every local change.
 */
export function createEditorExtensions(options: {
  session: CollaborationSession
  user: LocalUser
  readOnly?: boolean
  onOpenLinkDialog: () => void
  onFocusToolbar: () => boolean
}): Extensions {
  return [
    ...createConceptExtensions({ history: false }).map((extension) => nodesWithViews[extension.name] ?? (standardFieldLabels.has(extension.name) ? withEditableLabel(extension) : extension)),
    Collaboration.configure({ document: options.session.ydoc, field: CONTENT_FRAGMENT }),
    KeepCaretOnRemoteEdits,
    CollaborationCaret.configure({ provider: options.session.provider, user: { ...options.user }, render: renderCaret, selectionRender: renderCaretSelection }),
    PresenceLocation.configure({ awareness: options.session.provider.awareness }),
    ConceptNumbering,
    SearchHighlight,
    // Readers get no writing hints ("/" for building blocks) at their caret and no block handles.
    ...(options.readOnly ? [ReadOnlyGuard] : [ConceptPlaceholder, BlockActions]),
    FieldNavigation,
    ListIndentation,
    SlashCommands,
    EditorShortcuts.configure({ onOpenLinkDialog: options.onOpenLinkDialog, onFocusToolbar: options.onFocusToolbar }),
  ]
}
