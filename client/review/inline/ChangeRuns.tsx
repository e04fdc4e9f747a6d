import { Fragment, type ReactNode } from 'react'
import type { ChangeAuthor, ChangeRun } from '../../../shared/changes/ChangeModel'
import { ChangeMark } from './ChangeMark'

/** Where a whole textblock was inserted or deleted: its text counts as that one change. */
export interface BlockChange {
  changeId: string
  author: ChangeAuthor | null | undefined
}

/**
 * The text of a textblock with its inserted and deleted runs and its format changes marked, and bold, italic
 * and links kept. `markOnly` marks the changes without making them focusable (the Synopse has no tooltips);
 * `older` shows unchanged text with the marks it had in the older version (the Synopse's left column).
 */
export function ChangeRuns({ runs, blockChange, markOnly = false, older = false }: { runs: readonly ChangeRun[]; blockChange?: BlockChange; markOnly?: boolean; older?: boolean }) {
  return (
    <>
      {runs.map((run, index) => {
        const content = withMarks(withLineBreaks(run.text), older && run.olderMarks ? run.olderMarks : run.marks)
        if (run.status === 'unchanged') {
          // One mark per format change, nested: each is a stop of its own for Tab, the tooltip and the change list.
          return (run.formatChanges ?? []).reduceRight<ReactNode>(
            (inner, format) => (
              <ChangeMark key={format.changeId} status="format" changeId={markOnly ? undefined : format.changeId} author={format.author}>
                {inner}
              </ChangeMark>
            ),
            <Fragment key={index}>{content}</Fragment>,
          )
        }
        return (
          <ChangeMark key={run.changeId ?? index} status={run.status} changeId={markOnly ? undefined : (run.changeId ?? blockChange?.changeId)} author={run.author ?? blockChange?.author}>
            {content}
          </ChangeMark>
        )
      })}
    </>
  )
}

function withLineBreaks(text: string): ReactNode {
  const lines = text.split('\n')
  return lines.map((line, index) => (
    <Fragment key={index}>
      {index > 0 ? <br /> : null}
      {line}
    </Fragment>
  ))
}

function withMarks(content: ReactNode, marks: Record<string, unknown>): ReactNode {
  let result = content
  if (marks['bold'] !== undefined) result = <strong>{result}</strong>
  if (marks['italic'] !== undefined) result = <em>{result}</em>
  if (marks['underline'] !== undefined) result = <span className="text-underline">{result}</span>
  if (marks['strike'] !== undefined) result = <s>{result}</s>
  const link = marks['link']
  if (typeof link === 'object' && link !== null && typeof (link as { href?: unknown }).href === 'string') {
    result = (
      <a href={(link as { href: string }).href} target="_blank" rel="noopener noreferrer">
        {result}
      </a>
    )
  }
  return result
}
