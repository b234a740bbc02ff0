import { auditEn } from './audit.en';
import { dashboardEn } from './dashboard.en';
import { exchangeEn } from './exchange.en';
import type { Widen } from './messages';
import type { reportsKo } from './reports.ko';
import { scorecardEn } from './scorecard.en';

/** English messages of the report screens. */
export const reportsEn: Widen<typeof reportsKo> = {
	scorecard: scorecardEn,
	dashboard: dashboardEn,
	audit: auditEn,
	exchange: exchangeEn
};
