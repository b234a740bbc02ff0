/** Korean messages of the followup screens. */
export const followupKo = {
	title: 'followup'
} as const;
