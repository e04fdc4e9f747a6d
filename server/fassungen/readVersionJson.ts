import type { JSONContent } from '@tiptap/core'
import * as Y from 'yjs'
import type { ContentProblem } from '../../shared/schema/validation/ContentProblem'
import { readVersionNode } from './readVersionNode'

export interface VersionReadJob {
  /** The gc-free document state the version belongs to. */
  state: Uint8Array
  /** Y.encodeSnapshot of the version. */
  snapshot: Uint8Array
}

export interface VersionReading {
  /** The version as ProseMirror JSON of the concept schema. */
  json: JSONContent
  /** What the schema does not allow and was left out (for the log). */
  problems: ContentProblem[]
}

/** The text of one version as JSON; runs in a worker thread. */
export function readVersionJson(job: VersionReadJob): VersionReading {
  const { node, problems } = readVersionNode(job.state, Y.decodeSnapshot(job.snapshot))
  return { json: node.toJSON() as JSONContent, problems }
}
