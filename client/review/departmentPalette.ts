/**
 * Colours for the departments' insertions and deletions. Each reaches a contrast of at least 4.5:1 on
 * white and on the light label grey, so coloured text stays readable; underline and strike-through carry
 * the meaning, colour only tells departments apart.
 */
export const departmentPalette = ['#1d4ed8', '#065f46', '#7e22ce', '#92400e', '#be185d', '#155e75', '#4338ca', '#b91c1c', '#3f6212', '#a21caf'] as const

/** For changes whose author the server could not tell. */
export const unknownDepartmentColor = '#57606a'
