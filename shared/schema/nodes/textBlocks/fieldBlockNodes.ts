import BulletList from '@tiptap/extension-bullet-list'
import OrderedList from '@tiptap/extension-ordered-list'
import Paragraph from '@tiptap/extension-paragraph'

/** Paragraphs and lists may stand inside a labelled field (group `fieldBlock`) as well as anywhere else. */
export const FieldParagraph = Paragraph.extend({ group: 'block fieldBlock' })
export const FieldBulletList = BulletList.extend({ group: 'block list fieldBlock' })
export const FieldOrderedList = OrderedList.extend({ group: 'block list fieldBlock' })
