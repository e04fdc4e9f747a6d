/** The media type of Word documents (.docx). */
export const docxContentType = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'
