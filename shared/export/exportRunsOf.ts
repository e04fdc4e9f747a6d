import type { Mark, Node as ProseMirrorNode } from '@tiptap/pm/model'
import type { ExportRun } from './ExportDocument'
import { mergeExportRuns } from './mergeExportRuns'
import { safeLinkTarget } from './safeLinkTarget'
import { TrackedMark } from './trackedChangeSchema'

/** The text of a textblock as export runs: marks become flags, hard breaks become `\n`. */
export function exportRunsOf(textblock: ProseMirrorNode): ExportRun[] {
  const runs: ExportRun[] = []
  textblock.forEach((child) => {
    if (child.isText) runs.push(runWithMarks(child.text ?? '', child.marks))
    else if (child.type.name === 'hardBreak') runs.push(runWithMarks('\n', child.marks))
    else if (child.textContent) runs.push(runWithMarks(child.textContent, child.marks))
  })
  return mergeExportRuns(runs)
}

function runWithMarks(text: string, marks: readonly Mark[]): ExportRun {
  const run: ExportRun = { text }
  for (const mark of marks) {
    switch (mark.type.name) {
      case 'bold':
        run.bold = true
        break
      case 'italic':
        run.italic = true
        break
      case 'underline':
        run.underline = true
        break
      case 'strike':
        run.strike = true
        break
      case TrackedMark.insertion:
      case TrackedMark.deletion:
        run.change = mark.type.name === TrackedMark.insertion ? 'inserted' : 'deleted'
        run.revision = { author: String(mark.attrs['author'] ?? ''), date: String(mark.attrs['date'] ?? '') }
        break
      case 'link': {
        const href = safeLinkTarget(mark.attrs['href'])
        if (href) run.href = href
        break
      }
    }
  }
  return run
}
