/** Korean messages of the scorecard screens. */
export const scorecardKo = {
	title: 'scorecard'
} as const;
