import { useEffect, useRef, useState } from 'react'
import type { Awareness } from 'y-protocols/awareness'
import { distinctUsers } from './distinctUsers'
import type { PresentUser } from './PresentUser'
import { useAwarenessUsers } from './useAwarenessUsers'

/** Those who are already there when the page opens are in the header's list; only later arrivals are news. */
const settleMs = 2000

function named(person: PresentUser): string {
  return person.department ? `${person.name} (${person.department})` : person.name
}

/** Tells screen-reader users, politely, who joined or left the document since they opened it (WCAG 4.1.3). */
export function PresenceAnnouncer({ awareness }: { awareness: Awareness }) {
  const people = useAwarenessUsers(awareness)
  const [message, setMessage] = useState('')
  const known = useRef<Map<string, PresentUser> | null>(null)
  const openedAt = useRef<number | null>(null)

  useEffect(() => {
    const others = new Map(distinctUsers(people).filter((person) => !person.isLocal).map((person) => [person.userId, person]))
    const previous = known.current
    known.current = others
    openedAt.current ??= Date.now()
    if (!previous || Date.now() - openedAt.current < settleMs) return
    const joined = [...others.values()].filter((person) => !previous.has(person.userId))
    const left = [...previous.values()].filter((person) => !others.has(person.userId))
    const sentences = [
      ...joined.map((person) => `${named(person)} hat das Konzept geöffnet.`),
      ...left.map((person) => `${named(person)} hat das Konzept verlassen.`),
    ]
    if (sentences.length > 0) setMessage(sentences.join(' '))
  }, [people])

  return (
    <p className="visually-hidden" role="status" data-testid="presence-announcement">
      {message}
    </p>
  )
}
