import { useRef, useLayoutEffect, useId, useState, type ChangeEvent, type KeyboardEvent, type RefObject } from 'react'
import type { MentionablePerson } from '../../../shared/review/MentionablePerson'
import { normalizeSearchText } from '../../text/normalizeSearchText'
import { findMentionQuery } from './findMentionQuery'

const maxSuggestions = 6

/**
 * A comment field in which "@" offers the document's people: ↑/↓ choose, Enter or Tab inserts "@username",
 * Esc closes the list. The suggestions are announced by count; the chosen one is the active descendant.
 */
export function MentionTextarea({
  value,
  onChange,
  people,
  label,
  textareaRef,
  testId,
  onSubmitShortcut,
}: {
  value: string
  onChange: (value: string) => void
  people: readonly MentionablePerson[]
  label: string
  textareaRef?: RefObject<HTMLTextAreaElement | null>
  testId: string
  onSubmitShortcut?: () => void
}) {
  const baseId = useId()
  const [caret, setCaret] = useState(0)
  const pendingCaret = useRef<number | null>(null)
  const [activeIndex, setActiveIndex] = useState(0)
  const [dismissedAt, setDismissedAt] = useState<number | null>(null)
  const mention = findMentionQuery(value, caret)
  const query = mention ? normalizeSearchText(mention.query) : ''
  const suggestions = mention && dismissedAt !== mention.start
    ? people.filter((person) => normalizeSearchText(person.username).startsWith(query) || person.name.split(/\s+/).some((part) => normalizeSearchText(part).startsWith(query))).slice(0, maxSuggestions)
    : []
  const open = suggestions.length > 0
  const active = Math.min(activeIndex, suggestions.length - 1)

  const insert = (person: MentionablePerson) => {
    if (!mention) return
    const inserted = `@${person.username} `
    const next = value.slice(0, mention.start) + inserted + value.slice(caret)
    const nextCaret = mention.start + inserted.length
    onChange(next)
    setCaret(nextCaret)
    pendingCaret.current = nextCaret
  }

  // Right after React has written the new value (which puts the browser's caret at its end), before the next key
  // is handled: a caret set a frame later sent quick typing to the end of the text.
  useLayoutEffect(() => {
    const position = pendingCaret.current
    if (position === null) return
    pendingCaret.current = null
    textareaRef?.current?.setSelectionRange(position, position)
  }, [value, textareaRef])

  const handleChange = (event: ChangeEvent<HTMLTextAreaElement>) => {
    onChange(event.target.value)
    setCaret(event.target.selectionStart)
    setActiveIndex(0)
  }
  const handleSelect = (event: { currentTarget: HTMLTextAreaElement }) => setCaret(event.currentTarget.selectionStart)
  const handleKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey) && onSubmitShortcut) {
      event.preventDefault()
      onSubmitShortcut()
      return
    }
    if (!open) return
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault()
      setActiveIndex((active + (event.key === 'ArrowDown' ? 1 : suggestions.length - 1)) % suggestions.length)
    } else if (event.key === 'Enter' || event.key === 'Tab') {
      event.preventDefault()
      insert(suggestions[active]!)
    } else if (event.key === 'Escape') {
      event.preventDefault()
      event.stopPropagation()
      setDismissedAt(mention?.start ?? null)
    }
  }

  return (
    <div className="mention-field">
      <label htmlFor={`${baseId}-text`}>{label}</label>
      <textarea
        id={`${baseId}-text`}
        ref={textareaRef}
        value={value}
        rows={3}
        onChange={handleChange}
        onSelect={handleSelect}
        onKeyDown={handleKeyDown}
        aria-autocomplete="list"
        aria-controls={`${baseId}-list`}
        aria-activedescendant={open ? `${baseId}-option-${active}` : undefined}
        aria-describedby={`${baseId}-hint`}
        data-testid={testId}
      />
      <p id={`${baseId}-hint`} className="field-hint">
        Mit @ und dem Namen erwähnen Sie jemanden; er oder sie wird benachrichtigt.
      </p>
      <ul id={`${baseId}-list`} role="listbox" aria-label="Personen zum Erwähnen" className="mention-suggestions" hidden={!open} data-testid="mention-suggestions">
        {suggestions.map((person, index) => (
          <li
            key={person.id}
            id={`${baseId}-option-${index}`}
            role="option"
            aria-selected={index === active}
            className={index === active ? 'is-active' : undefined}
            onMouseDown={(event) => {
              event.preventDefault()
              insert(person)
            }}
            data-testid="mention-suggestion"
          >
            {person.name} <span className="mention-username">@{person.username}</span> · {person.department}
          </li>
        ))}
      </ul>
      <p className="visually-hidden" role="status">
        {open ? `${suggestions.length} ${suggestions.length === 1 ? 'Vorschlag' : 'Vorschläge'} zum Erwähnen` : ''}
      </p>
    </div>
  )
}
