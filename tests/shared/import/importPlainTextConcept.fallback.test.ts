import { describe, expect, it, vi } from 'vitest'
import { importText } from './importFixture'

vi.mock('../../../shared/import/importTeilzielBlockText', () => ({
  importTeilzielBlockText: () => {
    throw new Error('kaputt')
  },
}))

describe('importPlainTextConcept: fallback', () => {
  it('imports the text as plain paragraphs when the structured import fails', () => {
    const { node, summary } = importText('Titel\n\n1 Kapitel\n\nText.')
    expect(node.content.content.map((block) => `${block.type.name}: ${block.textContent}`)).toEqual(['paragraph: Titel', 'paragraph: 1 Kapitel', 'paragraph: Text.'])
    expect(summary).toMatchObject({ format: 'plain', title: 'Titel', paragraphs: 3 })
    expect(summary.warnings).toEqual(['Die Gliederung konnte nicht ausgewertet werden (kaputt); der Text wurde als einfache Absätze übernommen.'])
  })
})
