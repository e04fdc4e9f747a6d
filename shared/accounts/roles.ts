/** admin: manages accounts; editor: edits text; reviewer: committee member who reads and comments, never edits. */
export const roles = ['admin', 'editor', 'reviewer'] as const
export type Role = (typeof roles)[number]

export function canEditText(role: Role): boolean {
  return role === 'admin' || role === 'editor'
}

