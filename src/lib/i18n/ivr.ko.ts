/** Korean messages of the ivr screens. */
export const ivrKo = {
	title: 'ivr'
} as const;
