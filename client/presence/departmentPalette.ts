/**
 * Department colours. Each carries white text at a contrast of at least 4.5:1 (WCAG AA), so initials
 * and caret labels stay readable; neighbours differ in hue so that departments can be told apart.
 */
export const departmentPalette = ['#1d4ed8', '#b91c1c', '#047857', '#7e22ce', '#b45309', '#0e7490', '#be185d', '#4d7c0f', '#9a3412', '#4338ca', '#a21caf', '#0f766e'] as const
