/** Caret colours; each carries white label text at a contrast of at least 4.5:1. */
export const caretColors = ['#1d4ed8', '#b91c1c', '#047857', '#7e22ce', '#b45309', '#0f766e', '#be185d', '#4d7c0f', '#9a3412', '#4338ca'] as const
