import type { Editor } from '@tiptap/core'
import { TextSelection } from '@tiptap/pm/state'
import { useEditorState } from '@tiptap/react'
import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react'
import { focusEditorNow } from '../focusEditorNow'
import { describeMatchCount } from './describeMatchCount'
import { replaceSearchMatches } from './replaceSearchMatches'
import { scrollToCurrentMatch } from './scrollToCurrentMatch'
import { readSearchState, setCurrentSearchMatch, setSearchQuery } from './SearchHighlight'
import { searchShortcuts } from './searchShortcuts'
import { stopUndoCapturing } from '../collaboration/stopUndoCapturing'

export type SearchBarMode = 'search' | 'replace'

/**
 * The search bar (Strg+F) and search-and-replace bar (Strg+H): searches the whole concept, every field
 * included, highlights the matches and selects the current one; Enter/Umschalt+Enter and F3/Umschalt+F3 move
 * between matches, Esc closes the bar and puts the caret at the match. "Ersetzen" and "Alle ersetzen" are one
 * undo step each; readers (`canReplace` false) get the search only.
 */
export function SearchBar({ editor, mode, canReplace, focusRequest, onClose }: { editor: Editor; mode: SearchBarMode; canReplace: boolean; focusRequest: number; onClose: () => void }) {
  const searchId = useId()
  const replaceId = useId()
  const searchInputRef = useRef<HTMLInputElement>(null)
  const replaceInputRef = useRef<HTMLInputElement>(null)
  const [text, setText] = useState(() => selectedTextOf(editor))
  const [replacement, setReplacement] = useState('')
  const [caseSensitive, setCaseSensitive] = useState(false)
  const [wholeWord, setWholeWord] = useState(false)
  const [replacedMessage, setReplacedMessage] = useState('')
  const search = useEditorState({ editor, selector: ({ editor: current }) => readSearchState(current.state) })
  const showReplace = mode === 'replace' && canReplace

  useEffect(() => {
    const input = mode === 'replace' && canReplace && searchInputRef.current?.value ? replaceInputRef.current : searchInputRef.current
    input?.focus()
    input?.select()
  }, [focusRequest, mode, canReplace])

  useEffect(() => {
    if (editor.isDestroyed) return
    const tr = setSearchQuery(editor.state.tr, { text, caseSensitive, wholeWord }, editor.state.selection.from)
    editor.view.dispatch(tr)
    selectCurrentMatch(editor)
  }, [editor, text, caseSensitive, wholeWord])

  useEffect(
    () => () => {
      if (!editor.isDestroyed) editor.view.dispatch(setSearchQuery(editor.state.tr, null, 0))
    },
    [editor],
  )

  const goTo = (step: 1 | -1) => {
    const { matches, current } = readSearchState(editor.state)
    if (matches.length === 0) return
    const next = (current + step + matches.length) % matches.length
    editor.view.dispatch(setCurrentSearchMatch(editor.state.tr, next))
    selectCurrentMatch(editor)
    setReplacedMessage('')
  }

  useEffect(() => {
    const handleWindowKeyDown = (event: globalThis.KeyboardEvent) => {
      if (event.key !== 'F3') return
      event.preventDefault()
      goTo(event.shiftKey ? -1 : 1)
    }
    window.addEventListener('keydown', handleWindowKeyDown)
    return () => window.removeEventListener('keydown', handleWindowKeyDown)
  })

  const close = () => {
    onClose()
    focusEditorNow(editor)
  }

  const handleReplace = () => {
    const { matches, current, query } = readSearchState(editor.state)
    const match = matches[current]
    if (!match || !query) return
    stopUndoCapturing(editor.state)
    // The search goes on after the replacement, so a replacement that contains the searched text is not found again.
    editor.view.dispatch(setSearchQuery(replaceSearchMatches(editor.state.tr, [match], replacement), query, match.from + replacement.length))
    stopUndoCapturing(editor.state)
    selectCurrentMatch(editor)
    setReplacedMessage('1 Stelle ersetzt.')
    keepFocusInBar()
  }

  const handleReplaceAll = () => {
    const { matches, query } = readSearchState(editor.state)
    if (matches.length === 0 || !query) return
    stopUndoCapturing(editor.state)
    editor.view.dispatch(setSearchQuery(replaceSearchMatches(editor.state.tr, matches, replacement), query, 0))
    stopUndoCapturing(editor.state)
    selectCurrentMatch(editor)
    setReplacedMessage(matches.length === 1 ? '1 Stelle ersetzt.' : `${matches.length} Stellen ersetzt.`)
    keepFocusInBar()
  }

  // With nothing left to replace the replace buttons are disabled, and a disabled button loses the focus to the page.
  const keepFocusInBar = () => {
    if (readSearchState(editor.state).matches.length === 0) searchInputRef.current?.focus()
  }

  const handleKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.key === 'Escape') {
      event.preventDefault()
      close()
    }
  }

  const handleSearchKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key !== 'Enter') return
    event.preventDefault()
    goTo(event.shiftKey ? -1 : 1)
  }

  const handleReplaceKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key !== 'Enter') return
    event.preventDefault()
    handleReplace()
  }

  const count = describeMatchCount(search)
  const status = [replacedMessage, count].filter(Boolean).join(' ')
  const noMatch = search.matches.length === 0
  return (
    <div role="search" aria-label={showReplace ? 'Suchen und Ersetzen' : 'Suchen'} className="search-bar" data-testid="search-bar" onKeyDown={handleKeyDown}>
      <div className="search-bar-row">
        <label htmlFor={searchId}>Suchen</label>
        <input
          id={searchId}
          ref={searchInputRef}
          type="search"
          value={text}
          onChange={(event) => {
            setText(event.target.value)
            setReplacedMessage('')
          }}
          onKeyDown={handleSearchKeyDown}
          aria-keyshortcuts={`${searchShortcuts.next} ${searchShortcuts.previous}`}
          data-testid="search-input"
        />
        <span role="status" className="search-count" data-testid="search-count">
          {status}
        </span>
        <button type="button" className="button" onClick={() => goTo(-1)} disabled={noMatch} aria-keyshortcuts="Shift+F3" data-testid="search-previous">
          Vorheriger
        </button>
        <button type="button" className="button" onClick={() => goTo(1)} disabled={noMatch} aria-keyshortcuts="F3" data-testid="search-next">
          Nächster
        </button>
        <button type="button" className="button" onClick={close} aria-keyshortcuts={searchShortcuts.close} data-testid="search-close">
          Schließen
        </button>
      </div>
      <div className="search-bar-row">
        <label className="search-option">
          <input type="checkbox" checked={caseSensitive} onChange={(event) => setCaseSensitive(event.target.checked)} data-testid="search-case-sensitive" />
          Groß-/Kleinschreibung
        </label>
        <label className="search-option">
          <input type="checkbox" checked={wholeWord} onChange={(event) => setWholeWord(event.target.checked)} data-testid="search-whole-word" />
          Ganzes Wort
        </label>
      </div>
      {showReplace ? (
        <div className="search-bar-row">
          <label htmlFor={replaceId}>Ersetzen durch</label>
          <input id={replaceId} ref={replaceInputRef} type="text" value={replacement} onChange={(event) => setReplacement(event.target.value)} onKeyDown={handleReplaceKeyDown} data-testid="replace-input" />
          <button type="button" className="button" onClick={handleReplace} disabled={noMatch} data-testid="replace-one">
            Ersetzen
          </button>
          <button type="button" className="button" onClick={handleReplaceAll} disabled={noMatch} data-testid="replace-all">
            Alle ersetzen
          </button>
        </div>
      ) : null}
    </div>
  )
}

function selectCurrentMatch(editor: Editor): void {
  const { matches, current } = readSearchState(editor.state)
  const match = matches[current]
  if (!match) return
  editor.view.dispatch(editor.state.tr.setSelection(TextSelection.create(editor.state.doc, match.from, match.to)))
  scrollToCurrentMatch(editor)
}

// Word starts the search with the selected words, when they lie within one paragraph.
function selectedTextOf(editor: Editor): string {
  const { from, to, $from, $to } = editor.state.selection
  if (from === to || !$from.sameParent($to) || !$from.parent.isTextblock) return ''
  return editor.state.doc.textBetween(from, to).slice(0, 200)
}
