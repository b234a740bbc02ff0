/** Korean messages of the audit screens. */
export const auditKo = {
	title: 'audit'
} as const;
