import { auditEn } from './audit.en';
import { checksEn } from './checks.en';
import { dashboardEn } from './dashboard.en';
import { exchangeEn } from './exchange.en';
import { followupEn } from './followup.en';
import { ivrEn } from './ivr.en';
import type { Widen } from './messages';
import type { reportsKo } from './reports.ko';
import { scorecardEn } from './scorecard.en';
import { teamEn } from './team.en';
import { syncEn } from './sync.en';
import { assignmentsEn } from './assignments.en';
import { calibrationEn } from './calibration.en';
import { reviewEn } from './review.en';
import { planningEn } from './planning.en';
import { centerEn } from './center.en';

/** English messages of the report screens. */
export const reportsEn: Widen<typeof reportsKo> = {
	scorecard: scorecardEn,
	dashboard: dashboardEn,
	audit: auditEn,
	exchange: exchangeEn,
	ivr: ivrEn,
	followup: followupEn,
	checks: checksEn,
	team: teamEn,
	sync: syncEn,
	assignments: assignmentsEn,
	calibration: calibrationEn,
	review: reviewEn,
	planning: planningEn,
	center: centerEn
};
