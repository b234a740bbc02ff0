import { describe, expect, it } from 'vitest';
import {
	canDispute,
	disputeCounts,
	disputeDeadline,
	reviewOf,
	visibleToManager,
	type Dispute,
	type ReviewEvent
} from './review';

const DAY = 86_400_000;

/** The coordinator's return of `version` with its comments. */
const returnedAt = (
	version: number,
	comments: Extract<ReviewEvent, { action: 'returned' }>['comments']
): ReviewEvent => ({ action: 'returned', version, at: 10, by: 'coord', comments });

describe('review state', () => {
	it('waits when final and undecided; a return carries its comments; a revision waits again', () => {
		expect(reviewOf([], 3, false).state).toBe('in-progress');
		expect(reviewOf([], 3, true).state).toBe('waiting');
		const returned = returnedAt(3, [{ checkId: 'B2-01', text: '녹취와 다릅니다' }]);
		expect(reviewOf([returned], 3, true)).toMatchObject({
			state: 'returned',
			comments: [{ checkId: 'B2-01' }]
		});
		// The shopper reopened it (a draft again): they still see the comments.
		expect(reviewOf([returned], 4, false).state).toBe('returned');
		// Finalized again as version 6: waits for review.
		expect(reviewOf([returned], 6, true).state).toBe('waiting');
	});

	it('releases only an approved version; an approval of an older version does not carry over', () => {
		const approved: ReviewEvent = { action: 'approved', version: 5, at: 10, by: 'coord' };
		expect(reviewOf([approved], 5, true)).toMatchObject({ state: 'approved', stage: 'approved' });
		expect(reviewOf([approved], 7, true)).toMatchObject({ state: 'waiting', stage: 'submitted' });
		const released: ReviewEvent = {
			action: 'released',
			version: 5,
			at: 20,
			by: 'coord',
			visibleFrom: 20 + 3 * DAY
		};
		const view = reviewOf([approved, released], 5, true);
		expect(view).toMatchObject({ state: 'released', stage: 'released' });
		expect(visibleToManager(view, 20)).toBe(false);
		expect(visibleToManager(view, 20 + 3 * DAY)).toBe(true);
	});

	it('reads the machine stages: draft, submitted, returned (final or reopened), revised', () => {
		expect(reviewOf([], 1, false).stage).toBe('draft');
		expect(reviewOf([], 1, true).stage).toBe('submitted');
		const returned = returnedAt(3, [{ text: '다시' }]);
		expect(reviewOf([returned], 3, true).stage).toBe('returned');
		expect(reviewOf([returned], 4, false).stage).toBe('returned');
		expect(reviewOf([returned], 6, true)).toMatchObject({ state: 'waiting', stage: 'revised' });
	});

	it('a release with an open dispute is disputed; decided once every dispute of it is decided', () => {
		const events: ReviewEvent[] = [
			{ action: 'approved', version: 2, at: 0, by: 'c' },
			{ action: 'released', version: 2, at: 100, by: 'c', visibleFrom: 100 }
		];
		const dispute: Dispute = {
			id: 'd1',
			evaluationId: 'e1',
			version: 2,
			checkId: 'B2-01',
			reason: '녹취',
			openedBy: 'm',
			openedAt: 200
		};
		expect(reviewOf(events, 2, true, [dispute]).stage).toBe('disputed');
		const upheld: Dispute = {
			...dispute,
			decision: { outcome: 'upheld', reason: '유지', by: 'c', at: 300 }
		};
		expect(reviewOf(events, 2, true, [upheld]).stage).toBe('decided');
		expect(reviewOf(events, 2, true, [upheld, { ...dispute, id: 'd2' }]).stage).toBe('disputed');
		// A dispute decided before this release (an earlier one, since withdrawn) does not count.
		const later: ReviewEvent[] = [
			{ action: 'approved', version: 4, at: 400, by: 'c' },
			{ action: 'released', version: 4, at: 500, by: 'c', visibleFrom: 500 }
		];
		expect(reviewOf([...events, ...later], 4, true, [upheld]).stage).toBe('released');
	});
});

describe('disputes', () => {
	const released = reviewOf(
		[
			{ action: 'approved', version: 2, at: 0, by: 'c' },
			{ action: 'released', version: 2, at: 0, by: 'c', visibleFrom: 1000 }
		],
		2,
		true
	);
	const open: Dispute = {
		id: 'd1',
		evaluationId: 'e1',
		version: 2,
		checkId: 'B2-01',
		reason: '녹취 확인 바랍니다',
		openedBy: 'm',
		openedAt: 2000
	};

	it('are allowed until the deadline, once per check at a time', () => {
		expect(disputeDeadline(1000)).toBe(1000 + 14 * DAY);
		expect(canDispute(released, [], 'B2-01', 1000 + 14 * DAY)).toBeNull();
		expect(canDispute(released, [], 'B2-01', 1000 + 14 * DAY + 1)).toBe('deadline-passed');
		expect(canDispute(released, [], 'B2-01', 1000 + 8 * DAY, 7)).toBe('deadline-passed');
		expect(canDispute(released, [open], 'B2-01', 3000)).toBe('already-open');
		expect(canDispute(released, [open], 'B2-02', 3000)).toBeNull();
		expect(canDispute(reviewOf([], 2, true), [], 'B2-01', 3000)).toBe('not-released');
	});

	it('are counted per check and per shopper with their overturns', () => {
		const decided: Dispute = {
			...open,
			id: 'd2',
			evaluationId: 'e2',
			decision: {
				outcome: 'overturned',
				reason: '녹취 확인',
				by: 'c',
				at: 3000,
				newValue: 'met',
				revision: 3
			}
		};
		const { byCheck, byShopper } = disputeCounts([open, decided], (id) =>
			id === 'e1' ? 'kim' : 'lee'
		);
		expect(byCheck.get('B2-01')).toEqual({ disputed: 2, overturned: 1 });
		expect(byShopper.get('kim')).toEqual({ disputed: 1, overturned: 0 });
		expect(byShopper.get('lee')).toEqual({ disputed: 1, overturned: 1 });
	});
});
