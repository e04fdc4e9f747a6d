/** The pages of the app; a login page will join them when accounts arrive. */
export type AppRoute =
  | { page: 'documents' }
  | { page: 'editor'; documentId: string }
  | { page: 'fassungen'; documentId: string }
  | { page: 'fassung'; documentId: string; fassungId: string }
  | { page: 'comparison'; documentId: string; from: string; to: string; view: ComparisonView }
  | { page: 'sinceLastFassung'; documentId: string; view: ComparisonView }
  | { page: 'beschlussvorlage'; documentId: string }
  | { page: 'activity'; documentId: string }
  | { page: 'administration' }
  | { page: 'notFound' }

/** How a comparison is shown: tracked changes in the running text, or the two-column Synopse. */
export type ComparisonView = 'inline' | 'synopse'
