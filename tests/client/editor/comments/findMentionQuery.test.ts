import { describe, expect, it } from 'vitest'
import { findMentionQuery } from '../../../../client/editor/comments/findMentionQuery'

describe('the @mention being typed', () => {
  it('is the username letters after an @ that starts a word, up to the caret', () => {
    expect(findMentionQuery('Bitte @kru', 10)).toEqual({ start: 6, query: 'kru' })
    expect(findMentionQuery('@', 1)).toEqual({ start: 0, query: '' })
    expect(findMentionQuery('(@jana.k', 8)).toEqual({ start: 1, query: 'jana.k' })
    expect(findMentionQuery('Bitte @kru und mehr', 10)).toEqual({ start: 6, query: 'kru' })
  })

  it('is none inside an e-mail address, after a space or without an @', () => {
    expect(findMentionQuery('mail@amt.de', 11)).toBeNull()
    expect(findMentionQuery('Bitte @kru ', 11)).toBeNull()
    expect(findMentionQuery('Bitte prüfen', 12)).toBeNull()
  })
})
