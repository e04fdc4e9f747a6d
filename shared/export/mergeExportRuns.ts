import type { ExportRun } from './ExportDocument'

/** Neighbouring runs with the same formatting joined, empty runs dropped. */
export function mergeExportRuns(runs: readonly ExportRun[]): ExportRun[] {
  const merged: ExportRun[] = []
  for (const run of runs) {
    if (!run.text) continue
    const last = merged.at(-1)
    if (last && sameFormatting(last, run)) last.text += run.text
    else merged.push({ ...run })
  }
  return merged
}

function sameFormatting(a: ExportRun, b: ExportRun): boolean {
  return !!a.bold === !!b.bold && !!a.italic === !!b.italic && !!a.underline === !!b.underline && !!a.strike === !!b.strike && a.href === b.href && a.change === b.change && a.color === b.color && a.revision?.author === b.revision?.author && a.revision?.date === b.revision?.date
}
