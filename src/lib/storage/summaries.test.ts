import { describe, expect, it } from 'vitest';
import { parseSummary } from './summaries';

const row = {
	id: 'e1',
	campaignId: 'c1',
	centerName: '한빛카드',
	status: 'draft',
	revision: 1,
	channel: 'phone',
	scenario: '',
	evaluator: '김',
	score: null,
	verdict: null,
	incomplete: 3,
	criticalDefects: 0,
	pendingDeadlines: [],
	imported: false,
	createdAt: 1,
	updatedAt: 2
};

describe('parseSummary', () => {
	it('accepts a row written before occurredAt existed', () => {
		expect(parseSummary(row)?.occurredAt).toBeUndefined();
		expect(parseSummary(row)?.id).toBe('e1');
	});

	it('keeps occurredAt when present and rejects one that is not a number', () => {
		expect(parseSummary({ ...row, occurredAt: 5 })?.occurredAt).toBe(5);
		expect(parseSummary({ ...row, occurredAt: '5' })).toBeUndefined();
	});

	it('keeps the trust mark of an imported record, so every list can show it', () => {
		expect(parseSummary({ ...row, imported: true, trust: 'altered' })?.trust).toBe('altered');
		expect(parseSummary(row)?.trust).toBeUndefined();
		expect(parseSummary({ ...row, trust: 'trusted?' })).toBeUndefined();
	});
});

describe('parseSummary: the reading’s slot and weekday', () => {
	it('keeps them when present, accepts a row written before them, rejects unknown values', () => {
		const read = { ...row, timeSlot: 'night', weekday: 'tue', scenarioId: 'card-loss' };
		expect(parseSummary(read)).toMatchObject({
			timeSlot: 'night',
			weekday: 'tue',
			scenarioId: 'card-loss'
		});
		expect(parseSummary(row)?.timeSlot).toBeUndefined();
		expect(parseSummary({ ...read, timeSlot: 'midnight' })).toBeUndefined();
		expect(parseSummary({ ...read, weekday: 'monday' })).toBeUndefined();
	});
});
