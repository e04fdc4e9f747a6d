/**
 * The Markdown-ish inline markup converters leave behind: `**bold**`, `[label](href)`, `<https://…>` and bare
 * URLs (a trailing punctuation mark is not part of the URL). Groups: bold, label, href, angle URL, bare URL.
 */
export const inlineMarkupPattern = /\*\*(.+?)\*\*|\[([^\]]+)\]\(([^)\s]*)\)|<(https?:\/\/[^>\s]+)>|(https?:\/\/[^\s<>]*[^\s<>.,;:!?)])/g
