/** Records as earlier schema versions wrote them, for migration tests. */
import { T0 } from './builders';
import { testUuid } from './prng';

type Fields = Record<string, unknown>;

/** An evaluation of an old schema version: its campaign, evaluator and contact as all held them. */
function legacyEvaluation(schemaVersion: number, id: string, fields: Fields, overrides: Fields) {
	return {
		schemaVersion,
		id,
		campaignId: testUuid(1, 0xca),
		evaluator: 'Kim',
		channel: 'phone',
		scenario: 'card loss',
		timeSlot: 'morning',
		...fields,
		...overrides
	};
}

/** A schema-version-1 evaluation: answers as an array, status 'done', no revision or log. */
export function buildEvaluationV1(overrides: Fields = {}): Fields {
	const fields = {
		status: 'done',
		answers: [
			{ checkId: 'A1-01', value: 'met', answeredAt: T0 },
			{
				checkId: 'B1-07',
				value: 'not-met',
				note: 'dropped',
				evidenceIds: ['p1'],
				answeredAt: T0 + 1
			}
		],
		ivr: { events: [] },
		createdAt: T0,
		updatedAt: T0
	};
	return legacyEvaluation(1, testUuid(7), fields, overrides);
}

/** A schema-version-2 evaluation: no per-write version; free-form change-log fields. */
export function buildEvaluationV2(overrides: Fields = {}): Fields {
	const fields = {
		status: 'final',
		revision: 2,
		revisionReason: 'typo',
		answers: { 'A1-01': { value: 'met', note: 'ok', evidenceIds: [], answeredAt: T0 + 1 } },
		ivr: { events: [] },
		followUps: [],
		createdAt: T0,
		updatedAt: T0 + 9,
		changeLog: [
			{ at: T0 + 1, checkId: 'A1-01', field: 'value', old: null, new: 'met' },
			{ at: T0 + 1, checkId: 'A1-01', field: 'note', old: null, new: 'ok' },
			{ at: T0 + 2, field: 'followUp:cb', old: null, new: 'callback' },
			{ at: T0 + 3, field: 'agent.name', old: null, new: '김' },
			{ at: T0 + 9, field: 'revision', old: 1, new: 2 }
		]
	};
	return legacyEvaluation(2, testUuid(8), fields, overrides);
}

/** A campaign of an old schema version with its center as that version held it. */
function legacyCampaign(
	schemaVersion: number,
	center: Fields,
	template: unknown,
	overrides: Fields
) {
	return {
		schemaVersion,
		id: testUuid(1, 0xca),
		center,
		template,
		createdAt: T0,
		updatedAt: T0,
		...overrides
	};
}

/** A schema-version-1 campaign: a single `center.phone`. */
export function buildCampaignV1(template: unknown, overrides: Fields = {}): Fields {
	return legacyCampaign(1, { name: 'Old center', phone: '1588-1234' }, template, overrides);
}

/** A schema-version-2 campaign (the same shape as version 3). */
export function buildCampaignV2(template: unknown, overrides: Fields = {}): Fields {
	const center = { name: 'Center', phoneNumbers: ['1588-1234'], channels: [] };
	return legacyCampaign(2, center, template, overrides);
}
