/**
 * The team server's endpoints of the programme: planning, review and release, the center's
 * acknowledgements and disputes, and calibration (see ../sync/route.ts for what an entry is).
 * `apiRoutes` is the whole table: these and the records' endpoints of ../sync/routes.ts.
 */
import { defineRoutes } from '../sync/route';
import { syncRoutes } from '../sync/routes';
import {
	CalibrationRatingSaved,
	CalibrationResults,
	CalibrationSession,
	CalibrationSessionList,
	CalibrationView,
	NewCalibrationSession,
	PutCalibrationRating
} from './calibration-wire';
import {
	AcknowledgeRequest,
	AcknowledgeResult,
	CampaignSettingsRequest,
	CampaignSettingsResult,
	CenterFigures,
	DecideDisputeRequest,
	DisputeResult,
	OpenDisputeRequest,
	ShareClipRequest
} from './center';
import { GenerateAssignments, Generated, HandAssignment, PlanSaved } from './planning-wire';
import { Assignment, Plan, ProgrammeSnapshot, Scenario } from './records';
import { ReleaseReviewed, ReviewAnswer, ReviewRequest } from './review-wire';

const KiB = 1024;

export const programmeRoutes = defineRoutes({
	programme: {
		method: 'GET',
		path: '/campaigns/[id]/programme',
		doc: "The caller's share of the programme, kept for offline use.",
		output: ProgrammeSnapshot
	},
	putScenario: {
		method: 'PUT',
		path: '/campaigns/[id]/scenarios/[sid]',
		doc: 'Creates or changes a scenario.',
		body: Scenario,
		maxBytes: 64 * KiB,
		output: Scenario
	},
	archiveScenario: {
		method: 'POST',
		path: '/campaigns/[id]/scenarios/[sid]/archive',
		doc: 'Archives a scenario.',
		output: Scenario
	},
	putPlan: {
		method: 'PUT',
		path: '/campaigns/[id]/plan',
		doc: 'Stores the sampling plan.',
		body: Plan,
		maxBytes: 256 * KiB,
		output: PlanSaved
	},
	addAssignment: {
		method: 'POST',
		path: '/campaigns/[id]/assignments',
		doc: 'One assignment made by hand.',
		body: HandAssignment,
		maxBytes: 16 * KiB,
		output: Assignment,
		status: 201
	},
	generateAssignments: {
		method: 'POST',
		path: '/campaigns/[id]/assignments/generate',
		doc: "Fills the plan's open cells with assignments to these shoppers.",
		body: GenerateAssignments,
		maxBytes: 64 * KiB,
		output: Generated
	},
	cancelAssignment: {
		method: 'POST',
		path: '/campaigns/[id]/assignments/[aid]/cancel',
		doc: 'Cancels an open assignment.',
		output: Assignment
	},
	campaignSettings: {
		method: 'PUT',
		path: '/campaigns/[id]/settings',
		doc: "The campaign's dispute deadline and recordings' retention, in days.",
		body: CampaignSettingsRequest,
		maxBytes: 64 * KiB,
		output: CampaignSettingsResult
	},
	centerFigures: {
		method: 'GET',
		path: '/campaigns/[id]/center-figures',
		doc: "The campaign's released figures by wave or month, beside the programme's.",
		output: CenterFigures
	},
	review: {
		method: 'POST',
		path: '/evaluations/[id]/review',
		doc: 'Approves a final version, or returns it with comments.',
		body: ReviewRequest,
		maxBytes: 256 * KiB,
		output: ReviewAnswer
	},
	release: {
		method: 'POST',
		path: '/evaluations/[id]/release',
		doc: 'Releases the approved version to the center, now or from a date.',
		body: ReleaseReviewed,
		maxBytes: 64 * KiB,
		output: ReviewAnswer
	},
	acknowledge: {
		method: 'POST',
		path: '/evaluations/[id]/acknowledge',
		doc: 'The center manager has read this released version.',
		body: AcknowledgeRequest,
		maxBytes: 64 * KiB,
		output: AcknowledgeResult
	},
	openDispute: {
		method: 'POST',
		path: '/evaluations/[id]/disputes',
		doc: 'Disputes one check of the released version read.',
		body: OpenDisputeRequest,
		maxBytes: 512 * KiB,
		output: DisputeResult,
		status: 201
	},
	decideDispute: {
		method: 'POST',
		path: '/disputes/[id]/decision',
		doc: 'Upholds the score or overturns the check.',
		body: DecideDisputeRequest,
		maxBytes: 64 * KiB,
		output: DisputeResult
	},
	disputeFile: {
		method: 'GET',
		path: '/disputes/[id]/file',
		doc: 'The file a dispute carries, as a download.',
		output: 'bytes'
	},
	shareClip: {
		method: 'POST',
		path: '/disputes/[id]/clips',
		doc: 'Shares a stretch of the call recording with the center for this dispute.',
		body: ShareClipRequest,
		maxBytes: 16 * KiB,
		output: DisputeResult,
		status: 201
	},
	disputeClip: {
		method: 'GET',
		path: '/disputes/[id]/clips/[n]',
		doc: 'A stretch of the call shared for the dispute, as WAV audio.',
		output: 'bytes'
	},
	calibrationSessions: {
		method: 'GET',
		path: '/calibration',
		doc: 'The calibration sessions the caller runs or rates in.',
		output: CalibrationSessionList
	},
	newCalibrationSession: {
		method: 'POST',
		path: '/calibration',
		doc: 'Opens a calibration session.',
		body: NewCalibrationSession,
		maxBytes: 64 * KiB,
		output: CalibrationSession,
		status: 201
	},
	calibrationView: {
		method: 'GET',
		path: '/calibration/[id]',
		doc: "A session and the caller's own answers.",
		output: CalibrationView
	},
	putCalibrationRating: {
		method: 'PUT',
		path: '/calibration/[id]/ratings/[contactId]',
		doc: "A rater's answers for one contact.",
		body: PutCalibrationRating,
		maxBytes: 64 * KiB,
		output: CalibrationRatingSaved
	},
	closeCalibration: {
		method: 'POST',
		path: '/calibration/[id]/close',
		doc: 'Closes a session: its answers become readable.',
		output: CalibrationSession
	},
	calibrationResults: {
		method: 'GET',
		path: '/calibration/[id]/results',
		doc: "A closed session's agreement figures and everyone's answers.",
		output: CalibrationResults
	}
});

/** Every endpoint of the team server. */
export const apiRoutes = { ...syncRoutes, ...programmeRoutes };
