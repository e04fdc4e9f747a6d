/** Dispatched on `window` when the server says the account's role changed (close code 4512): the session is read again. */
export const accountChangedEvent = 'fassung:account-changed'
