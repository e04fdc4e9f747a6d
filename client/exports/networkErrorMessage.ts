/** What to tell the user when a request did not reach the server at all. */
export const networkErrorMessage = 'Der Server ist nicht erreichbar. Bitte prüfen Sie Ihre Netzwerkverbindung und versuchen Sie es erneut.'
