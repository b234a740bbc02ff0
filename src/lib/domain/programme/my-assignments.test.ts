import { describe, expect, it } from 'vitest';
import { seoulLocalToEpoch } from '../record/seoul-time';
import {
	assignmentStatus,
	compareAssignments,
	fitsAssignment,
	myAssignments,
	scenarioOf,
	seoulDateOf,
	windowMark,
	type EvaluationLink
} from './my-assignments';
import type { Assignment, ProgrammeSnapshot, Scenario } from './records';

const seoul = (date: string, time: string) => seoulLocalToEpoch(date, time);

function assignment(overrides: Partial<Assignment> = {}): Assignment {
	return {
		id: 'a1',
		campaignId: 'c1',
		shopperId: 'm1',
		channel: 'phone',
		timeSlot: 'morning',
		windowFrom: '2026-12-07',
		windowTo: '2026-12-11',
		status: 'open',
		createdAt: 0,
		...overrides
	};
}

const scenario: Scenario = {
	id: 's1',
	title: '카드 분실 신고',
	script: '카드를 잃어버렸어요.',
	channel: 'phone',
	correctAnswer: '즉시 정지 후 재발급 안내',
	checkIds: ['S05-3']
};

function snapshot(assignments: Assignment[], campaignId = 'c1'): ProgrammeSnapshot {
	return {
		campaignId,
		fetchedAt: 0,
		disputeDays: 14,
		scenarios: [scenario],
		plan: null,
		assignments,
		reviews: [],
		disputes: []
	};
}

const link = (overrides: Partial<EvaluationLink>): EvaluationLink => ({
	id: 'e1',
	assignmentId: 'a1',
	status: 'draft',
	updatedAt: 1,
	...overrides
});

describe('seoulDateOf', () => {
	it('00:30 Seoul on 12-07 is still 12-06 in UTC but 12-07 here', () => {
		expect(seoulDateOf(seoul('2026-12-07', '00:30'))).toBe('2026-12-07');
		expect(seoulDateOf(seoul('2026-12-06', '23:59'))).toBe('2026-12-06');
	});
});

describe('windowMark', () => {
	const a = assignment();
	it('before the window, inside, the last two days due soon, after overdue', () => {
		expect(windowMark(a, seoul('2026-12-06', '23:59'))).toBe('before');
		expect(windowMark(a, seoul('2026-12-07', '00:00'))).toBe('within');
		expect(windowMark(a, seoul('2026-12-09', '23:59'))).toBe('within');
		expect(windowMark(a, seoul('2026-12-10', '00:00'))).toBe('due-soon');
		expect(windowMark(a, seoul('2026-12-11', '23:59'))).toBe('due-soon');
		expect(windowMark(a, seoul('2026-12-12', '00:00'))).toBe('overdue');
	});
	it('a one-day window is due soon all day', () => {
		const day = assignment({ windowFrom: '2026-12-07', windowTo: '2026-12-07' });
		expect(windowMark(day, seoul('2026-12-07', '09:00'))).toBe('due-soon');
	});
});

describe('fitsAssignment', () => {
	const a = assignment({ timeSlot: 'lunch' });
	it('inside window and slot (12:30 Seoul is lunch)', () => {
		expect(fitsAssignment(a, seoul('2026-12-08', '12:30'))).toEqual({
			inWindow: true,
			inSlot: true,
			slot: 'lunch',
			today: '2026-12-08'
		});
	});
	it('right day, wrong slot (13:00 is afternoon)', () => {
		const fit = fitsAssignment(a, seoul('2026-12-08', '13:00'));
		expect(fit.inWindow).toBe(true);
		expect(fit.inSlot).toBe(false);
		expect(fit.slot).toBe('afternoon');
	});
	it('the first and last days count; the day after does not (Seoul midnight, not UTC)', () => {
		expect(fitsAssignment(a, seoul('2026-12-07', '00:00')).inWindow).toBe(true);
		expect(fitsAssignment(a, seoul('2026-12-11', '23:59')).inWindow).toBe(true);
		expect(fitsAssignment(a, seoul('2026-12-12', '00:01')).inWindow).toBe(false);
		expect(fitsAssignment(a, seoul('2026-12-06', '23:59')).inWindow).toBe(false);
	});
});

describe('assignmentStatus', () => {
	const a = assignment();
	it('nothing started: open', () => {
		expect(assignmentStatus(a, [link({ assignmentId: 'other' })])).toEqual({ status: 'open' });
	});
	it('a draft: started, with its id', () => {
		expect(assignmentStatus(a, [link({ id: 'e9' })])).toEqual({
			status: 'started',
			evaluationId: 'e9'
		});
	});
	it('final or awaiting a follow-up: done, even beside a newer draft', () => {
		expect(assignmentStatus(a, [link({ status: 'awaiting-follow-up' })]).status).toBe('done');
		expect(
			assignmentStatus(a, [
				link({ id: 'old', status: 'final', updatedAt: 1 }),
				link({ id: 'new', status: 'draft', updatedAt: 2 })
			])
		).toEqual({ status: 'done', evaluationId: 'old' });
	});
	it('started on another device (the server knows its evaluation): started', () => {
		expect(assignmentStatus(assignment({ evaluationId: 'far' }), [])).toEqual({
			status: 'started',
			evaluationId: 'far'
		});
	});
});

describe('compareAssignments', () => {
	it('orders by window end, then start, then slot of the day', () => {
		const list = [
			assignment({ id: 'late', windowTo: '2026-12-20' }),
			assignment({ id: 'afternoon', timeSlot: 'afternoon' }),
			assignment({ id: 'morning', timeSlot: 'morning' }),
			assignment({ id: 'early-start', windowFrom: '2026-12-01' })
		].sort(compareAssignments);
		expect(list.map((a) => a.id)).toEqual(['early-start', 'morning', 'afternoon', 'late']);
	});
});

describe('myAssignments', () => {
	const now = seoul('2026-12-08', '10:00');
	const names = new Map([['c1', '한빛카드 고객센터']]);

	it("keeps only the member's, joins scenario and center, links evaluations, sorts by window", () => {
		const rows = myAssignments(
			[
				snapshot([
					assignment({ id: 'a2', windowTo: '2026-12-31', scenarioId: 's1' }),
					assignment({ id: 'a1' }),
					assignment({ id: 'theirs', shopperId: 'm2' })
				])
			],
			[link({ id: 'e1', assignmentId: 'a2', status: 'final' })],
			'm1',
			names,
			now
		);
		expect(rows.map((r) => r.assignment.id)).toEqual(['a1', 'a2']);
		expect(rows[0]).toMatchObject({
			status: 'open',
			mark: 'within',
			centerName: '한빛카드 고객센터'
		});
		expect(rows[0]!.scenario).toBeUndefined();
		expect(rows[1]).toMatchObject({ status: 'done', evaluationId: 'e1', scenario });
	});

	it('drops cancelled assignments unless one was started; a campaign not on the phone has no name', () => {
		const rows = myAssignments(
			[
				snapshot([
					assignment({ id: 'gone', status: 'cancelled' }),
					assignment({ id: 'kept', status: 'cancelled' })
				]),
				snapshot([assignment({ id: 'x', campaignId: 'c2' })], 'c2')
			],
			[link({ assignmentId: 'kept' })],
			'm1',
			names,
			now
		);
		expect(rows.map((r) => r.assignment.id)).toEqual(['kept', 'x']);
		expect(rows[1]!.centerName).toBeUndefined();
	});
});

describe('scenarioOf', () => {
	it('finds the scenario by id; none without a snapshot or an id', () => {
		expect(scenarioOf(snapshot([]), 's1')).toBe(scenario);
		expect(scenarioOf(snapshot([]), 'nope')).toBeUndefined();
		expect(scenarioOf(undefined, 's1')).toBeUndefined();
		expect(scenarioOf(snapshot([]), undefined)).toBeUndefined();
	});
});
