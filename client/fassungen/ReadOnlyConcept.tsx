import type { Extensions, JSONContent } from '@tiptap/core'
import { EditorContent, useEditor } from '@tiptap/react'
import { createConceptExtensions } from '../../shared/schema/conceptExtensions'
import { NodeName } from '../../shared/schema/nodeNames'
import { HandlungsfeldWithView } from '../editor/nodes/handlungsfeld/HandlungsfeldWithView'
import { MassnahmeWithView } from '../editor/nodes/massnahme/MassnahmeWithView'
import { TeilzielWithView } from '../editor/nodes/teilziel/TeilzielWithView'
import { ConceptNumbering } from '../editor/numbering/ConceptNumbering'

const nodesWithViews: Record<string, Extensions[number]> = {
  [NodeName.teilziel]: TeilzielWithView,
  [NodeName.handlungsfeld]: HandlungsfeldWithView,
  [NodeName.massnahme]: MassnahmeWithView,
}

const extensions: Extensions = [...createConceptExtensions({ history: false }).map((extension) => nodesWithViews[extension.name] ?? extension), ConceptNumbering]

/** A version of the concept shown exactly as the editor shows it, but read-only and without collaboration. */
export function ReadOnlyConcept({ content }: { content: JSONContent }) {
  const editor = useEditor({ extensions, content, editable: false, editorProps: { attributes: { class: 'concept-editor concept-editor--read-only', 'data-testid': 'fassung-text' } } }, [content])
  return <EditorContent editor={editor} />
}
