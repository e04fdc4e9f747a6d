/** The id of the block actions menu; one editor per page, so one menu. */
export const blockMenuId = 'block-actions-menu'
