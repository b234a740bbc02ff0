import { auditKo } from './audit.ko';
import { checksKo } from './checks.ko';
import { dashboardKo } from './dashboard.ko';
import { exchangeKo } from './exchange.ko';
import { followupKo } from './followup.ko';
import { ivrKo } from './ivr.ko';
import { scorecardKo } from './scorecard.ko';
import { teamKo } from './team.ko';
import { syncKo } from './sync.ko';
import { assignmentsKo } from './assignments.ko';
import { calibrationKo } from './calibration.ko';
import { reviewKo } from './review.ko';
import { planningKo } from './planning.ko';
import { centerKo } from './center.ko';

/**
 * Korean messages of the report and run screens (scorecards, IVR stopwatch, follow-ups):
 * loaded with those screens, not with the first one.
 */
export const reportsKo = {
	scorecard: scorecardKo,
	dashboard: dashboardKo,
	audit: auditKo,
	exchange: exchangeKo,
	ivr: ivrKo,
	followup: followupKo,
	checks: checksKo,
	team: teamKo,
	sync: syncKo,
	assignments: assignmentsKo,
	calibration: calibrationKo,
	review: reviewKo,
	planning: planningKo,
	center: centerKo
} as const;
