import { describe, expect, it } from 'vitest';
import { addCenterWork, centerWork, pendingDisputes } from './home-work';
import type { Dispute, ReviewEvent } from './review';

const by = '00000000-0000-4000-8000-000000000001';
const released = (version: number, visibleFrom: number): ReviewEvent => ({
	action: 'released',
	version,
	at: visibleFrom,
	by,
	visibleFrom
});
const acknowledged = (version: number): ReviewEvent => ({
	action: 'acknowledged',
	version,
	at: 9,
	by
});
const approved = (version: number): ReviewEvent => ({ action: 'approved', version, at: 1, by });
const dispute = (decided: boolean): Dispute => ({
	id: crypto.randomUUID(),
	evaluationId: crypto.randomUUID(),
	version: 1,
	checkId: 'A1-01',
	reason: '녹취와 다릅니다',
	openedBy: by,
	openedAt: 5,
	...(decided ? { decision: { outcome: 'upheld', reason: '유지', by, at: 6 } } : {})
});

describe('pendingDisputes', () => {
	it('counts only the undecided disputes', () => {
		expect(pendingDisputes([])).toBe(0);
		expect(pendingDisputes([dispute(false), dispute(true), dispute(false)])).toBe(2);
	});
});

describe('centerWork', () => {
	const now = 1_000;

	it('counts released results visible by now and those not yet acknowledged', () => {
		const work = centerWork(
			[
				{ events: [approved(1), released(1, 100)] },
				{ events: [approved(1), released(1, 200), acknowledged(1)] },
				{ events: [approved(1)] }
			],
			[dispute(false), dispute(true)],
			now
		);
		expect(work).toEqual({ released: 2, toAcknowledge: 1, disputes: 1 });
	});

	it('leaves out a release dated after now', () => {
		expect(centerWork([{ events: [released(1, now + 1)] }], [], now)).toEqual({
			released: 0,
			toAcknowledge: 0,
			disputes: 0
		});
	});

	it('asks again for an acknowledgement when a newer version is released (an overturn)', () => {
		const events = [released(1, 100), acknowledged(1), released(2, 100)];
		expect(centerWork([{ events }], [], now).toAcknowledge).toBe(1);
		expect(centerWork([{ events: [...events, acknowledged(2)] }], [], now).toAcknowledge).toBe(0);
	});

	it('adds two campaigns', () => {
		expect(
			addCenterWork(
				{ released: 1, toAcknowledge: 1, disputes: 0 },
				{ released: 2, toAcknowledge: 0, disputes: 3 }
			)
		).toEqual({ released: 3, toAcknowledge: 1, disputes: 3 });
	});
});
