/**
 * The colours that tell Fachdienste apart, in presence, the inline changes, the Synopse and the exports.
 * Each has a contrast of at least 4.5:1 on white and on the light label grey (and carries white initials),
 * and every two differ by at least 12 CIEDE2000 units in normal vision and under simulated protanopia,
 * deuteranopia and tritanopia (checked in tests/shared/departments/departmentPalette.test.ts).
 */
export const departmentPalette = ['#0000cc', '#dd1155', '#227755', '#660066', '#556600', '#995588', '#5555ff', '#770022'] as const

/** For a change or a person whose Fachdienst is unknown: a neutral grey, readable on white. */
export const unknownDepartmentColor = '#57606a'
