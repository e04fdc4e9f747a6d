import type { ChangeAuthor } from '../../../shared/changes/ChangeModel'
import { departmentColor } from '../../presence/departmentColor'

const unknownAuthorColor = '#57606a'

/** A change's colour: its author's department's, as on every other screen. */
export function changeColor(author: ChangeAuthor | null | undefined): string {
  return author?.department.trim() ? departmentColor(author.department) : unknownAuthorColor
}
