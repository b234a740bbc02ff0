/** Making a new evaluation: the only place a record is built from nothing. */
import { CURRENT_SCHEMA_VERSION, type Channel } from '../record/common';
import type { Evaluation, TimeSlot } from '../record/evaluation';
import type { EditContext } from './commit';

export interface NewEvaluationInput {
	id: string;
	campaignId: string;
	evaluator: string;
	channel: Channel;
	scenario: string;
	timeSlot: TimeSlot;
	/** Started from an assignment: its scenario and its id. */
	scenarioId?: string;
	assignmentId?: string;
}

/** A new draft at version 1, whose change log starts with its creation. */
export function newEvaluation(input: NewEvaluationInput, ctx: EditContext): Evaluation {
	return {
		schemaVersion: CURRENT_SCHEMA_VERSION,
		id: input.id,
		campaignId: input.campaignId,
		version: 1,
		baseVersion: 0,
		deviceId: ctx.by,
		evaluator: input.evaluator,
		channel: input.channel,
		scenario: input.scenario,
		...(input.scenarioId === undefined ? {} : { scenarioId: input.scenarioId }),
		...(input.assignmentId === undefined ? {} : { assignmentId: input.assignmentId }),
		timeSlot: input.timeSlot,
		status: 'draft',
		revision: 1,
		answers: {},
		ivr: { events: [] },
		followUps: [],
		createdAt: ctx.at,
		updatedAt: ctx.at,
		changeLog: [
			{
				version: 1,
				at: ctx.at,
				by: ctx.by,
				field: 'created',
				old: null,
				new: {
					channel: input.channel,
					timeSlot: input.timeSlot,
					evaluator: input.evaluator,
					...(input.assignmentId === undefined ? {} : { assignment: input.assignmentId })
				}
			}
		]
	};
}
