import { auditKo } from './audit.ko';
import { dashboardKo } from './dashboard.ko';
import { exchangeKo } from './exchange.ko';
import { scorecardKo } from './scorecard.ko';

/** Korean messages of the report screens: loaded with those screens, not the first one. */
export const reportsKo = {
	scorecard: scorecardKo,
	dashboard: dashboardKo,
	audit: auditKo,
	exchange: exchangeKo
} as const;
