import { CONTENT_FRAGMENT } from '../../shared/schema/nodeNames'
import { inspectConceptContent } from '../../shared/schema/validation/inspectConceptContent'
import { removeInvalidContent } from '../../shared/schema/validation/removeInvalidContent'
import type { Logger } from '../logging/Logger'
import type { CollabDocument } from './CollabDocument'

/** Neither a connection nor a `ServerEditOrigin`: the document stores the repair with no attribution. */
const repairOrigin = Symbol('repair of stored content')

/** How many problems one log entry lists; the count covers them all. */
const loggedProblems = 20

/**
 * Removes what the shared schema does not allow from a document just loaded from storage (content an older
 * version accepted), before any client receives it: the editor binding would otherwise delete it itself, whole
 * paragraphs for an unknown mark, credited to whoever opens the document first. The repair is an edit of
 * nobody, stored and passed on like every edit, and logged once; formatting of unknown marks is removed, their
 * text kept.
 */
export function repairStoredContent(document: CollabDocument, logger: Logger): void {
  const inspection = inspectConceptContent(document.ydoc.getXmlFragment(CONTENT_FRAGMENT))
  if (inspection.problems.length === 0) return
  document.ydoc.transact(() => removeInvalidContent(document.ydoc, inspection), repairOrigin)
  logger.warn('invalid stored content removed', { documentId: document.id, problemCount: inspection.problems.length, problems: inspection.problems.slice(0, loggedProblems) })
}
