/** Korean messages of the exchange screens. */
export const exchangeKo = {
	title: 'exchange'
} as const;
