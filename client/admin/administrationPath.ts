/** The administration page's address. */
export const administrationPath = '/verwaltung'
