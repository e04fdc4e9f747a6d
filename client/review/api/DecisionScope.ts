/** Which changes one decision covers: named ones, all open ones of a department or person, or all open ones. */
export type DecisionScope = { changeIds: string[] } | { department: string } | { userId: string } | { all: true }
