/** Korean messages of the checks screens. */
export const checksKo = {
	title: 'checks'
} as const;
