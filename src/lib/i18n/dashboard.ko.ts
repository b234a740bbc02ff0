/** Korean messages of the dashboard screens. */
export const dashboardKo = {
	title: 'dashboard'
} as const;
