import { describe, expect, it } from 'vitest';
import {
	canDispute,
	canReview,
	disputeCounts,
	disputeDeadline,
	reviewOf,
	visibleToManager,
	type Dispute,
	type ReviewEvent
} from './review';

const DAY = 86_400_000;

describe('review state', () => {
	it('waits when final and undecided; a return carries its comments; a revision waits again', () => {
		expect(reviewOf([], 3, false).state).toBe('in-progress');
		expect(reviewOf([], 3, true).state).toBe('waiting');
		const returned: ReviewEvent = {
			action: 'returned',
			version: 3,
			at: 10,
			by: 'coord',
			comments: [{ checkId: 'B2-01', text: '녹취와 다릅니다' }]
		};
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
		expect(canReview(reviewOf([approved], 5, true), 'release', true)).toBeNull();
		expect(canReview(reviewOf([approved], 7, true), 'release', true)).toBe('not-approved');
		expect(canReview(reviewOf([], 7, false), 'approve', false)).toBe('not-final');
		const released: ReviewEvent = {
			action: 'released',
			version: 5,
			at: 20,
			by: 'coord',
			visibleFrom: 20 + 3 * DAY
		};
		const view = reviewOf([approved, released], 5, true);
		expect(view.state).toBe('released');
		expect(canReview(view, 'return', true)).toBe('already-released');
		expect(visibleToManager(view, 20)).toBe(false);
		expect(visibleToManager(view, 20 + 3 * DAY)).toBe(true);
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
