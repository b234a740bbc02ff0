/** Records as earlier schema versions wrote them, for migration tests. */
import { T0 } from './builders';
import { testUuid } from './prng';

/** A schema-version-1 evaluation: answers as an array, status 'done', no revision or log. */
export function buildEvaluationV1(
	overrides: Record<string, unknown> = {}
): Record<string, unknown> {
	return {
		schemaVersion: 1,
		id: testUuid(7),
		campaignId: testUuid(1, 0xca),
		evaluator: 'Kim',
		channel: 'phone',
		scenario: 'card loss',
		timeSlot: 'morning',
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
		updatedAt: T0,
		...overrides
	};
}

/** A schema-version-1 campaign: a single `center.phone`. */
export function buildCampaignV1(
	template: unknown,
	overrides: Record<string, unknown> = {}
): Record<string, unknown> {
	return {
		schemaVersion: 1,
		id: testUuid(1, 0xca),
		center: { name: 'Old center', phone: '1588-1234' },
		template,
		createdAt: T0,
		updatedAt: T0,
		...overrides
	};
}

/** A schema-version-2 evaluation: no per-write version; free-form change-log fields. */
export function buildEvaluationV2(
	overrides: Record<string, unknown> = {}
): Record<string, unknown> {
	return {
		schemaVersion: 2,
		id: testUuid(8),
		campaignId: testUuid(1, 0xca),
		evaluator: 'Kim',
		channel: 'phone',
		scenario: 'card loss',
		timeSlot: 'morning',
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
		],
		...overrides
	};
}

/** A schema-version-2 campaign (the same shape as version 3). */
export function buildCampaignV2(
	template: unknown,
	overrides: Record<string, unknown> = {}
): Record<string, unknown> {
	return {
		schemaVersion: 2,
		id: testUuid(1, 0xca),
		center: { name: 'Center', phoneNumbers: ['1588-1234'], channels: [] },
		template,
		createdAt: T0,
		updatedAt: T0,
		...overrides
	};
}
