import { describe, expect, it } from 'vitest';
import type { Evaluation } from '../record/evaluation';
import { buildCampaign, buildEvaluation, buildTemplate, T0 } from '../../testing/builders';
import { smallCatalog, workedExample1 } from '../../testing/catalog-builder';
import { readRecord, readingOf } from './read';
import { isDue } from './reading';

const catalog = smallCatalog();
const MIN = 60_000;
const HOUR = 60 * MIN;

const pinned = buildTemplate();
/** Worked example 2: S01 weighs 2, so example 1 reads 78.75 → 78.8 (fail). */
const weighted = buildTemplate({ version: 2, stageWeights: { S01: 2, S02: 1, S11: 1 } });
const campaign = buildCampaign({ template: weighted });
const read = (e: Evaluation, now = T0) => readingOf(e, campaign, now, catalog);

describe('readRecord: the template', () => {
	it('a finalized record reads under its pinned template (81.0 pass), not the campaign’s current one (78.8 fail)', () => {
		const e = buildEvaluation({ values: workedExample1, scoredWith: pinned });
		const r = readRecord(e, campaign, T0, catalog);
		expect(r.reading).toMatchObject({ score: 81, verdict: 'pass', status: 'final' });
		expect(r.score.score).toBe(81);
		expect(r.plan.template).toBe(pinned);
		expect(r.reading.planKey).toBe(r.plan.key);
	});

	it('a draft reads under the campaign’s current template: 78.8 fail, not counted in reports', () => {
		const r = read(buildEvaluation({ values: workedExample1, status: 'draft' }));
		expect(r).toMatchObject({ score: 78.8, verdict: 'fail', status: 'draft' });
		expect(r.countsInReports).toBe(false);
	});
});

describe('readRecord: slot and weekday come from 상담 일시 in Asia/Seoul', () => {
	const at = (date: string, from: string): Evaluation =>
		buildEvaluation({ timeSlot: 'morning', consultedAt: { date, from, to: from } });

	it('상담 일시 at 23:30 Seoul reads night, although the record was started as morning (the assignment’s slot)', () => {
		// 2025-09-01 is a Monday.
		expect(read(at('2025-09-01', '23:30'))).toMatchObject({ timeSlot: 'night', weekday: 'mon' });
		expect(read(at('2025-09-01', '23:30')).occurredAt).toBe(Date.UTC(2025, 8, 1, 14, 30));
	});

	it('a UTC-date boundary: 2025-09-02 08:30 in Seoul (09-01 23:30 UTC) reads Tuesday morning', () => {
		const r = read(at('2025-09-02', '08:30'));
		expect(new Date(r.occurredAt).toISOString()).toBe('2025-09-01T23:30:00.000Z');
		expect(r).toMatchObject({ timeSlot: 'morning', weekday: 'tue' });
	});

	it('slot bounds read from the start time: 05:59 night, 06:00 morning, 12:00 lunch, 13:00 afternoon, 18:00 evening, 20:59 evening, 21:00 night', () => {
		const slots = ['05:59', '06:00', '12:00', '13:00', '18:00', '20:59', '21:00'].map(
			(from) => read(at('2025-09-03', from)).timeSlot
		);
		expect(slots).toEqual([
			'night',
			'morning',
			'lunch',
			'afternoon',
			'evening',
			'evening',
			'night'
		]);
	});

	it('no 상담 일시: the record’s own slot, and the Seoul weekday of the IVR start (Monday 16:30 UTC = Tuesday 01:30 Seoul)', () => {
		const start = Date.UTC(2025, 8, 1, 16, 30);
		const e = buildEvaluation({ timeSlot: 'evening', ivr: { startedAt: start, events: [] } });
		expect(read(e)).toMatchObject({ timeSlot: 'evening', weekday: 'tue', occurredAt: start });
	});

	it('no 상담 일시 and no IVR start: the Seoul weekday of the creation', () => {
		// 2025-09-06 (Saturday) 20:00 UTC is Sunday 05:00 in Seoul.
		const e = buildEvaluation({ timeSlot: 'lunch', createdAt: Date.UTC(2025, 8, 6, 20, 0) });
		expect(read(e)).toMatchObject({ timeSlot: 'lunch', weekday: 'sun' });
	});
});

describe('readRecord: follow-ups at an instant, and when the reading changes', () => {
	// The callback was reserved for T0 + 2 h: pending up to and including T0 + 2 h 15 min.
	const reserved = T0 + 2 * HOUR;
	const deadline = reserved + 15 * MIN;
	const { 'A1-06': _left, ...rest } = workedExample1;
	const awaiting = buildEvaluation({
		values: rest,
		status: 'awaiting-follow-up',
		scoredWith: pinned,
		followUps: [
			{ id: 'c1', kind: 'callback', via: 'agent', requestedAt: T0, reservedAt: reserved },
			{ id: 'm1', kind: 'email', sentAt: T0 }
		]
	});

	it('while pending: A1-06 unscored, pre = 1.5/2 = 75 → (20·75 + 60·85 + 20·100)/100 = 86.0; awaiting; changes after the deadline', () => {
		const r = read(awaiting);
		expect(r).toMatchObject({
			status: 'awaiting-follow-up',
			countsInReports: true,
			score: 86,
			verdict: 'pass',
			incomplete: 1,
			pendingDeadlines: [deadline],
			changesAfter: deadline
		});
		// The campaign publishes no e-mail standard: the e-mail is never pending.
		expect(r.followUps).toEqual({
			callback: { met: 0, notMet: 0, pending: 1, unknownStandard: 0 },
			email: { met: 0, notMet: 0, pending: 0, unknownStandard: 1 }
		});
	});

	it('at the deadline itself nothing has changed (inclusive); 1 ms later the reading is due', () => {
		expect(read(awaiting, deadline)).toEqual(read(awaiting, T0));
		expect(isDue(read(awaiting).changesAfter, deadline)).toBe(false);
		expect(isDue(read(awaiting).changesAfter, deadline + 1)).toBe(true);
	});

	it('after the deadline: A1-06 not met → worked example 1 again, 81.0; final; never changes again', () => {
		const r = read(awaiting, deadline + 1);
		expect(r).toMatchObject({
			status: 'final',
			score: 81,
			verdict: 'pass',
			incomplete: 0,
			pendingDeadlines: [],
			changesAfter: null
		});
		expect(r.followUps.callback).toEqual({ met: 0, notMet: 1, pending: 0, unknownStandard: 0 });
		expect(isDue(r.changesAfter, Number.MAX_SAFE_INTEGER)).toBe(false);
	});

	it('the deadlines follow the pinned template, not the campaign’s: a tolerance of 60 min now changes nothing', () => {
		const wide = buildCampaign({
			template: buildTemplate({ version: 3, followUp: { callbackToleranceMinutes: 60 } })
		});
		expect(readingOf(awaiting, wide, deadline + 1, catalog).status).toBe('final');
	});
});
