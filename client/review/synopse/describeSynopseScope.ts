import type { SynopseScope } from '../../../shared/export/SynopseScope'

/** "nur geänderte Passagen, Handlungsfelder 3.1, 3.4": what a Synopse with this scope shows, in a few words. */
export function describeSynopseScope(scope: SynopseScope): string {
  const extent = scope.changesOnly ? 'nur geänderte Passagen' : 'ganzer Text'
  if (scope.sections.length === 0) return `${extent}, alle Handlungsfelder`
  return `${extent}, ${scope.sections.length === 1 ? 'Handlungsfeld' : 'Handlungsfelder'} ${scope.sections.join(', ')}`
}
