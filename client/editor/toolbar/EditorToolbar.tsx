import type { ChainedCommands, Editor } from '@tiptap/core'
import { useEditorState } from '@tiptap/react'
import { useState, type FocusEvent, type KeyboardEvent, type ReactNode } from 'react'
import { blockCommands } from '../commands/blockCommands'
import { canRunBlockCommand } from '../commands/canRunBlockCommand'
import { focusEditorNow } from '../focusEditorNow'
import { describeShortcut } from './describeShortcut'
import { ToolbarButton } from './ToolbarButton'
import { toolbarId } from './toolbarId'

interface ToolbarItem {
  id: string
  label: string
  description: string
  testId: string
  content: ReactNode
  keyShortcut?: string
  pressed?: boolean
  disabled?: boolean
  className?: string
  onActivate: () => void
}

/**
 * The editor toolbar: building blocks, paragraph formats, character formats, undo. One tab stop; the
 * arrow keys, Home and End move between buttons, Escape returns to the text.
 */
export function EditorToolbar({ editor, onOpenLinkDialog, onOpenShortcutHelp }: { editor: Editor; onOpenLinkDialog: () => void; onOpenShortcutHelp: () => void }) {
  const [activeIndex, setActiveIndex] = useState(0)
  const state = useEditorState({
    editor,
    selector: ({ editor: current }) => ({
      blocks: blockCommands.map((command) => ({ active: command.isActive?.(current) ?? false, available: canRunBlockCommand(current, command) })),
      bold: current.isActive('bold'),
      italic: current.isActive('italic'),
      underline: current.isActive('underline'),
      link: current.isActive('link'),
      canUndo: current.can().undo(),
      canRedo: current.can().redo(),
    }),
  })

  const run = (build: (chain: ChainedCommands) => ChainedCommands) => {
    focusEditorNow(editor)
    build(editor.chain()).run()
  }

  const blockItems = (group: 'insert' | 'format'): ToolbarItem[] =>
    blockCommands.flatMap((command, index) => {
      if (command.group !== group) return []
      const commandState = state.blocks[index]
      return [
        {
          id: command.id,
          label: command.label,
          description: command.description,
          testId: command.testId,
          content: command.label,
          keyShortcut: command.keyShortcut,
          pressed: command.isActive ? (commandState?.active ?? false) : undefined,
          disabled: !(commandState?.available ?? false) && !(commandState?.active ?? false),
          onActivate: () => run((chain) => command.apply(chain)),
        },
      ]
    })

  const groups: { label: string; items: ToolbarItem[] }[] = [
    { label: 'Bausteine einfügen', items: blockItems('insert') },
    { label: 'Absatzformat', items: blockItems('format') },
    {
      label: 'Zeichenformat',
      items: [
        { id: 'bold', label: 'Fett', description: 'Fett', testId: 'format-bold', content: <b>F</b>, keyShortcut: 'Control+B', pressed: state.bold, className: 'toolbar-button--mark', onActivate: () => run((chain) => chain.toggleBold()) },
        { id: 'italic', label: 'Kursiv', description: 'Kursiv', testId: 'format-italic', content: <i>K</i>, keyShortcut: 'Control+I', pressed: state.italic, className: 'toolbar-button--mark', onActivate: () => run((chain) => chain.toggleItalic()) },
        { id: 'underline', label: 'Unterstrichen', description: 'Unterstrichen', testId: 'format-underline', content: <u>U</u>, keyShortcut: 'Control+U', pressed: state.underline, className: 'toolbar-button--mark', onActivate: () => run((chain) => chain.toggleUnderline()) },
        { id: 'link', label: 'Link', description: 'Link einfügen oder bearbeiten', testId: 'format-link', content: 'Link', keyShortcut: 'Control+K', pressed: state.link, onActivate: onOpenLinkDialog },
      ],
    },
    {
      label: 'Bearbeiten',
      items: [
        { id: 'undo', label: 'Rückgängig', description: 'Rückgängig', testId: 'history-undo', content: 'Rückgängig', keyShortcut: 'Control+Z', disabled: !state.canUndo, onActivate: () => run((chain) => chain.undo()) },
        { id: 'redo', label: 'Wiederholen', description: 'Wiederholen', testId: 'history-redo', content: 'Wiederholen', keyShortcut: 'Control+Y', disabled: !state.canRedo, onActivate: () => run((chain) => chain.redo()) },
      ],
    },
    {
      label: 'Hilfe',
      items: [{ id: 'shortcuts', label: 'Tastenkürzel', description: 'Tastenkürzel anzeigen', testId: 'open-shortcut-help', content: 'Tastenkürzel', keyShortcut: '?', onActivate: onOpenShortcutHelp }],
    },
  ]
  const itemCount = groups.reduce((count, group) => count + group.items.length, 0)
  const tabbableIndex = Math.min(activeIndex, itemCount - 1)

  const handleKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const buttons = Array.from(event.currentTarget.querySelectorAll<HTMLElement>('[data-toolbar-index]'))
    const current = buttons.findIndex((button) => button === document.activeElement)
    if (current < 0) return
    if (event.key === 'Escape') {
      event.preventDefault()
      focusEditorNow(editor)
      return
    }
    const next = nextIndex(event.key, current, buttons.length)
    if (next === null) return
    event.preventDefault()
    buttons[next]?.focus()
  }

  const handleFocus = (event: FocusEvent<HTMLDivElement>) => {
    const index = Number((event.target as HTMLElement).dataset['toolbarIndex'])
    if (Number.isInteger(index)) setActiveIndex(index)
  }

  const groupOffsets = groups.map((_group, groupIndex) => groups.slice(0, groupIndex).reduce((count, group) => count + group.items.length, 0))
  return (
    <div id={toolbarId} className="editor-toolbar" role="toolbar" aria-label="Bearbeiten und Einfügen" aria-controls="konzepttext" onKeyDown={handleKeyDown} onFocus={handleFocus}>
      {groups.map((group, groupIndex) => (
        <div key={group.label} role="group" aria-label={group.label} className="toolbar-group">
          {group.items.map((item, itemPosition) => {
            const itemIndex = (groupOffsets[groupIndex] ?? 0) + itemPosition
            const shortcut = describeShortcut(item.keyShortcut)
            return (
              <ToolbarButton
                key={item.id}
                label={item.label}
                title={shortcut ? `${item.description} (${shortcut})` : item.description}
                testId={item.testId}
                index={itemIndex}
                tabbable={itemIndex === tabbableIndex}
                pressed={item.pressed}
                disabled={item.disabled}
                keyShortcut={item.keyShortcut}
                className={item.className}
                onActivate={item.onActivate}
              >
                {item.content}
              </ToolbarButton>
            )
          })}
        </div>
      ))}
    </div>
  )
}

function nextIndex(key: string, current: number, count: number): number | null {
  switch (key) {
    case 'ArrowRight':
    case 'ArrowDown':
      return (current + 1) % count
    case 'ArrowLeft':
    case 'ArrowUp':
      return (current - 1 + count) % count
    case 'Home':
      return 0
    case 'End':
      return count - 1
    default:
      return null
  }
}
