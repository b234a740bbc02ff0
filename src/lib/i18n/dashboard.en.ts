import type { Widen } from './messages';
import type { dashboardKo } from './dashboard.ko';

/** English messages of the dashboard screens. */
export const dashboardEn: Widen<typeof dashboardKo> = {
	title: 'dashboard'
};
