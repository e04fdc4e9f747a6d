/** Dispatched on `window` whenever the server says the session is missing or expired (HTTP 401, close code 4401). */
export const unauthorizedEvent = 'fassung:unauthorized'
