import { departmentColor } from './departmentColor'
import { departmentPalette, unknownDepartmentColor } from '../../shared/departments/departmentPalette'

/**
 * The colour for a person's caret, avatar and badges: their department's colour. Without a department (a
 * server without accounts) the colour their client chose, but only from the palette, whose contrast is known.
 */
export function presenceColor(user: { department?: unknown; color?: unknown }): string {
  if (typeof user.department === 'string' && user.department.trim()) return departmentColor(user.department)
  if (typeof user.color === 'string' && (departmentPalette as readonly string[]).includes(user.color.toLowerCase())) return user.color.toLowerCase()
  return unknownDepartmentColor
}
