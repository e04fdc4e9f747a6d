import { readFileSync } from 'node:fs'
import type { Node as ProseMirrorNode } from '@tiptap/pm/model'
import { importPlainTextConcept, type PlainTextImport } from '../../../shared/import/importPlainTextConcept'
import { getConceptSchema } from '../../../shared/schema/getConceptSchema'

export interface ImportedFixture extends PlainTextImport {
  text: string
  node: ProseMirrorNode
}

export function readFixture(name: string): string {
  return readFileSync(new URL(`../../fixtures/${name}`, import.meta.url), 'utf8')
}

export function importText(text: string): PlainTextImport & { node: ProseMirrorNode } {
  const result = importPlainTextConcept(text)
  const node = getConceptSchema().nodeFromJSON(result.doc)
  node.check()
  return { ...result, node }
}

export function importFixture(name: string): ImportedFixture {
  const text = readFixture(name)
  return { text, ...importText(text) }
}

/** Letters and digits only, for checking that no source text went missing whatever happened to punctuation. */
export function lettersOnly(text: string): string {
  return text.replace(/[^\p{L}\p{N}]+/gu, '')
}

/** All text of the document, block by block, with marks and attributes ignored. */
export function documentText(node: ProseMirrorNode): string {
  return node.textBetween(0, node.content.size, ' ', ' ')
}
