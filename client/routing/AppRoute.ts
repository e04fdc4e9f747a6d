/** The pages of the app; a login page will join them when accounts arrive. */
export type AppRoute = { page: 'documents' } | { page: 'editor'; documentId: string } | { page: 'notFound' }
