/** Small builders for records in tests: valid defaults, override what the test is about. */
import type { AnswerValue } from '../domain/record/common';
import type { Campaign } from '../domain/record/campaign';
import type { Answer, ChangeLogEntry, Evaluation, IvrEvent } from '../domain/record/evaluation';
import { answer, newEvaluation, type EditContext } from '../domain/editing';
import { defaultTemplate, type ScoringTemplate } from '../domain/record/template';
import { testUuid } from './prng';

/** 2025-09-01 10:00 in Seoul (a Monday morning). */
export const T0 = Date.UTC(2025, 8, 1, 1, 0, 0);

type TemplateOverrides = {
	[K in keyof ScoringTemplate]?: Partial<ScoringTemplate[K]> | ScoringTemplate[K];
};

/** The default template with shallow-merged overrides per field (objects merge one level). */
export function buildTemplate(overrides: TemplateOverrides = {}): ScoringTemplate {
	const t = defaultTemplate();
	const out: Record<string, unknown> = { ...t };
	for (const [k, v] of Object.entries(overrides)) {
		const base = (t as Record<string, unknown>)[k];
		out[k] =
			base &&
			typeof base === 'object' &&
			!Array.isArray(base) &&
			v &&
			typeof v === 'object' &&
			!Array.isArray(v)
				? { ...base, ...v }
				: v;
	}
	return out as ScoringTemplate;
}

/** A campaign with a default template and one phone number. */
export function buildCampaign(overrides: Partial<Campaign> = {}): Campaign {
	return {
		schemaVersion: 3,
		id: testUuid(1, 0xca),
		center: { name: 'Test center', phoneNumbers: ['1588-0000'], channels: [] },
		template: defaultTemplate(),
		createdAt: T0,
		updatedAt: T0,
		...overrides
	};
}

/** Answers from a compact map `{ 'A1-01': 'met', … }`, all answered at `at`. */
export function buildAnswers(values: Record<string, AnswerValue>, at = T0): Record<string, Answer> {
	const out: Record<string, Answer> = {};
	for (const [id, value] of Object.entries(values))
		out[id] = { value, evidenceIds: [], answeredAt: at };
	return out;
}

/** An IVR event list from `[type, secondsAfterT0, extra?]` tuples. */
export function buildIvrEvents(
	items: [IvrEvent['type'], number, Partial<IvrEvent>?][],
	start = T0
): IvrEvent[] {
	return items.map(([type, s, extra], i) => ({
		id: `ev${i}`,
		type,
		at: start + s * 1000,
		...extra
	}));
}

/** The device that makes test records. */
export const TEST_DEVICE = 'd-test';

/** An edit context at `at` (default T0) by the test device. */
export const ctxAt = (at = T0, by = TEST_DEVICE): EditContext => ({ at, by });

/**
 * A final phone evaluation with no answers unless given, made with the domain operations (so
 * its version and change log agree). Given a `changeLog`, version and device follow it.
 */
export function buildEvaluation(
	overrides: Partial<Evaluation> & { values?: Record<string, AnswerValue> } = {}
): Evaluation {
	const { values, ...rest } = overrides;
	let e = newEvaluation(
		{
			id: rest.id ?? testUuid(1),
			campaignId: rest.campaignId ?? testUuid(1, 0xca),
			evaluator: 'Kim',
			channel: rest.channel ?? 'phone',
			scenario: 'card loss',
			timeSlot: 'morning'
		},
		ctxAt(rest.createdAt ?? T0)
	);
	for (const [id, value] of Object.entries(values ?? {})) e = answer(e, id, value, ctxAt());
	const out: Evaluation = { ...e, status: 'final', updatedAt: T0, ...rest };
	if (rest.changeLog !== undefined && rest.version === undefined) {
		out.version = Math.max(1, rest.changeLog.length);
		out.baseVersion = out.version - 1;
		out.deviceId = rest.changeLog.at(-1)?.by ?? TEST_DEVICE;
		if (rest.changeLog.length === 0) out.changeLog = [createdEntry(out)];
	}
	return out;
}

function createdEntry(e: Evaluation): ChangeLogEntry {
	return { version: 1, at: e.createdAt, by: e.deviceId, field: 'created', old: null, new: null };
}

/** Evaluation `n` (id testUuid(n)) of an agent of 카드팀, named `name` or unnamed when undefined. */
export function buildAgentEvaluation(
	n: number,
	name: string | undefined,
	extra: Parameters<typeof buildEvaluation>[0] = {}
): Evaluation {
	return buildEvaluation({
		id: testUuid(n),
		agent: name === undefined ? { team: '카드팀' } : { name, team: '카드팀' },
		...extra
	});
}
