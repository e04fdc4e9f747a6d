import { EditorContent, useEditor } from '@tiptap/react'
import { useMemo, useState } from 'react'
import { useOpenAtPlace } from '../activity/useOpenAtPlace'
import { useCurrentUser } from '../session/useCurrentUser'
import type { CollaborationSession } from './collaboration/CollaborationSession'
import { BlockActionsLayer } from './blockActions/BlockActionsLayer'
import { useLocalUser } from './collaboration/useLocalUser'
import { EditorReviewSidebar } from './comments/EditorReviewSidebar'
import { createEditorExtensions } from './createEditorExtensions'
import { editorAttributes } from './editorAttributes'
import { LinkDialog } from './link/LinkDialog'
import { OutlineSidebar } from './outline/OutlineSidebar'
import { SearchBar, type SearchBarMode } from './search/SearchBar'
import { ShortcutHelpDialog } from './shortcuts/ShortcutHelpDialog'
import { useEditorPageKeys } from './shortcuts/useEditorPageKeys'
import { useSearchShortcuts } from './search/useSearchShortcuts'
import { SlashMenu } from './slashMenu/SlashMenu'
import { EditorToolbar } from './toolbar/EditorToolbar'
import { focusToolbar } from './toolbar/focusToolbar'

/** The collaborative editor of one document with its outline, toolbar, slash menu and link dialog. */
export function ConceptEditor({ session }: { session: CollaborationSession }) {
  const { canWrite } = useCurrentUser()
  const user = useLocalUser()
  const [linkDialogOpen, setLinkDialogOpen] = useState(false)
  const [search, setSearch] = useState<{ mode: SearchBarMode; focusRequest: number } | null>(null)
  useSearchShortcuts((mode) => setSearch((previous) => ({ mode, focusRequest: (previous?.focusRequest ?? 0) + 1 })))
  const [shortcutHelpOpen, setShortcutHelpOpen] = useState(false)
  useEditorPageKeys(() => setShortcutHelpOpen(true))
  const extensions = useMemo(
    () => createEditorExtensions({ session, user, readOnly: !canWrite, onOpenLinkDialog: () => setLinkDialogOpen(true), onFocusToolbar: focusToolbar }),
    [session, user, canWrite],
  )
  const editor = useEditor(
    {
      extensions,
      // Reviewers too get an editable view, so that they have a caret the others see; ReadOnlyGuard drops their changes.
      editable: true,
      editorProps: {
        attributes: canWrite ? editorAttributes : { ...editorAttributes, 'aria-readonly': 'true' },
        // Keeps the cursor clear of the sticky header and toolbar while typing.
        scrollMargin: { top: 160, bottom: 48, left: 0, right: 0 },
        scrollThreshold: { top: 160, bottom: 48, left: 0, right: 0 },
      },
    },
    [extensions, canWrite],
  )
  useOpenAtPlace(editor)

  const handleOpenLinkDialog = () => setLinkDialogOpen(true)
  const handleCloseLinkDialog = () => setLinkDialogOpen(false)

  return (
    <div className="editor-layout">
      <OutlineSidebar editor={editor} awareness={session.provider.awareness} />
      <main className="editor-main" data-testid="editor-page">
        {canWrite ? (
          <EditorToolbar editor={editor} onOpenLinkDialog={handleOpenLinkDialog} onOpenShortcutHelp={() => setShortcutHelpOpen(true)} />
        ) : (
          <p className="read-only-notice" data-testid="read-only-notice">
            Nur lesen: Mit Ihrer Rolle können Sie dieses Konzept ansehen, aber nicht ändern.{' '}
            <button type="button" className="button" aria-keyshortcuts="?" onClick={() => setShortcutHelpOpen(true)} data-testid="open-shortcut-help">
              Tastenkürzel
            </button>
          </p>
        )}
        {search ? <SearchBar editor={editor} mode={search.mode} canReplace={canWrite} focusRequest={search.focusRequest} onClose={() => setSearch(null)} /> : null}
        <div className="editor-paper">
          <div className="editor-surface">
            <EditorContent editor={editor} />
            <SlashMenu editor={editor} />
            {canWrite ? <BlockActionsLayer editor={editor} /> : null}
          </div>
        </div>
        {linkDialogOpen ? <LinkDialog editor={editor} onClose={handleCloseLinkDialog} /> : null}
        {shortcutHelpOpen ? <ShortcutHelpDialog onClose={() => setShortcutHelpOpen(false)} /> : null}
      </main>
      <EditorReviewSidebar editor={editor} documentId={session.documentId} ydoc={session.ydoc} />
    </div>
  )
}
