import { describe, expect, it } from 'vitest';
import { roleTable, type RoleRules } from '../access/permissions';
import { reviewOf, stages, type ReviewEvent, type Stage } from './review';
import {
	allowedActions,
	permissionOf,
	refusalOf,
	steps,
	transitionOf,
	transitions,
	type Refusal,
	type Step
} from './review-machine';

/** A version waiting for review, first submitted or revised: the reviewer's turn. */
const awaitingReview: Record<Step, Stage | Refusal> = {
	submit: 'not-open',
	revise: 'not-open',
	approve: 'approved',
	return: 'returned',
	release: 'not-approved',
	acknowledge: 'not-released',
	dispute: 'not-released',
	uphold: 'not-released',
	overturn: 'not-released'
};

/**
 * The whole machine by hand: for every stage, each step's target (a stage) or its refusal.
 * Read across a row to see what a stage allows.
 */
const expected: Record<Stage, Record<Step, Stage | Refusal>> = {
	draft: {
		submit: 'submitted',
		revise: 'not-open',
		approve: 'not-final',
		return: 'not-final',
		release: 'not-final',
		acknowledge: 'not-released',
		dispute: 'not-released',
		uphold: 'not-released',
		overturn: 'not-released'
	},
	submitted: awaitingReview,
	returned: {
		submit: 'not-open',
		revise: 'revised',
		approve: 'awaiting-revision',
		return: 'awaiting-revision',
		release: 'awaiting-revision',
		acknowledge: 'not-released',
		dispute: 'not-released',
		uphold: 'not-released',
		overturn: 'not-released'
	},
	revised: awaitingReview,
	approved: {
		submit: 'not-open',
		revise: 'not-open',
		approve: 'already-approved',
		return: 'returned',
		release: 'released',
		acknowledge: 'not-released',
		dispute: 'not-released',
		uphold: 'not-released',
		overturn: 'not-released'
	},
	released: {
		submit: 'already-released',
		revise: 'already-released',
		approve: 'already-released',
		return: 'already-released',
		release: 'already-released',
		acknowledge: 'released',
		dispute: 'disputed',
		uphold: 'no-open-dispute',
		overturn: 'no-open-dispute'
	},
	disputed: {
		submit: 'already-released',
		revise: 'already-released',
		approve: 'already-released',
		return: 'already-released',
		release: 'already-released',
		acknowledge: 'disputed',
		dispute: 'disputed',
		uphold: 'decided',
		overturn: 'decided'
	},
	decided: {
		submit: 'already-released',
		revise: 'already-released',
		approve: 'already-released',
		return: 'already-released',
		release: 'already-released',
		acknowledge: 'decided',
		dispute: 'disputed',
		uphold: 'no-open-dispute',
		overturn: 'no-open-dispute'
	}
};

const isStage = (x: string): x is Stage => (stages as readonly string[]).includes(x);

describe('review state machine', () => {
	for (const stage of stages) {
		for (const step of steps) {
			const want = expected[stage][step];
			it(`${stage} + ${step} → ${want}`, () => {
				if (isStage(want)) {
					expect(transitionOf(stage, step)?.to).toBe(want);
					expect(refusalOf({ stage }, step)).toBeNull();
				} else {
					expect(transitionOf(stage, step)).toBeUndefined();
					expect(refusalOf({ stage }, step)).toBe(want);
				}
			});
		}
	}

	it('has one transition per stage and step, and each step one permission', () => {
		const keys = transitions.map((t) => `${t.from} ${t.step}`);
		expect(new Set(keys).size).toBe(keys.length);
		for (const step of steps) {
			const permissions = new Set(
				transitions.filter((t) => t.step === step).map((t) => t.permission)
			);
			expect([...permissions]).toEqual([permissionOf(step)]);
		}
		const granted: Partial<Record<Step, string>> = {
			approve: 'evaluation.review',
			return: 'evaluation.review',
			release: 'evaluation.release',
			acknowledge: 'evaluation.acknowledge',
			dispute: 'dispute.open',
			uphold: 'dispute.decide',
			overturn: 'dispute.decide',
			revise: 'evaluation.write'
		};
		for (const [step, action] of Object.entries(granted)) {
			expect(permissionOf(step as Step), step).toBe(action);
		}
	});
});

describe('allowed actions by role', () => {
	const at = (stage: Stage) => ({ stage });

	it('a returned version offers the coordinator nothing: no 승인, no release (the defect)', () => {
		const returned: ReviewEvent = {
			action: 'returned',
			version: 2,
			at: 10,
			by: 'c',
			byName: '박코디',
			comments: [{ text: '녹취와 다릅니다' }]
		};
		const view = reviewOf([returned], 2, true);
		expect(view.stage).toBe('returned');
		expect(allowedActions(view, ['coordinator'])).toEqual([]);
		expect(refusalOf(view, 'approve')).toBe('awaiting-revision');
		expect(refusalOf(view, 'release')).toBe('awaiting-revision');
		// The shopper revises it; the revision is offered for review again.
		expect(allowedActions(view, ['shopper'])).toEqual(['revise']);
		expect(allowedActions(reviewOf([returned], 4, true), ['coordinator'])).toEqual([
			'approve',
			'return'
		]);
	});

	it('gives each role its steps in each stage', () => {
		expect(allowedActions(at('submitted'), ['coordinator'])).toEqual(['approve', 'return']);
		expect(allowedActions(at('approved'), ['coordinator'])).toEqual(['return', 'release']);
		expect(allowedActions(at('released'), ['coordinator'])).toEqual([]);
		expect(allowedActions(at('disputed'), ['coordinator'])).toEqual(['uphold', 'overturn']);
		expect(allowedActions(at('released'), ['manager'])).toEqual(['acknowledge', 'dispute']);
		expect(allowedActions(at('disputed'), ['manager'])).toEqual(['acknowledge', 'dispute']);
		expect(allowedActions(at('decided'), ['manager'])).toEqual(['acknowledge', 'dispute']);
		expect(allowedActions(at('submitted'), ['manager'])).toEqual([]);
		expect(allowedActions(at('draft'), ['shopper'])).toEqual(['submit']);
		expect(allowedActions(at('submitted'), ['shopper'])).toEqual([]);
		expect(allowedActions(at('approved'), ['shopper', 'coordinator'])).toEqual([
			'return',
			'release'
		]);
		expect(allowedActions(at('submitted'), [])).toEqual([]);
		expect(allowedActions(at('submitted'), ['stranger'])).toEqual([]);
	});

	it('a role added in a fixture takes exactly the steps its permissions grant', () => {
		const table: Record<string, RoleRules> = {
			...roleTable,
			reviewer: { scope: 'all', actions: ['evaluation.review'], fields: [], invitable: [] }
		};
		expect(allowedActions(at('submitted'), ['reviewer'], table)).toEqual(['approve', 'return']);
		expect(allowedActions(at('approved'), ['reviewer'], table)).toEqual(['return']);
		expect(allowedActions(at('disputed'), ['reviewer'], table)).toEqual([]);
	});
});
