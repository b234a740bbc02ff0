/** The work a member's home screen counts, read from a campaign's programme snapshot. */
import type { Dispute, ReviewEvent } from './review';

/** Disputes still waiting for the coordinator's decision. */
export function pendingDisputes(disputes: readonly Dispute[]): number {
	return disputes.filter((d) => !d.decision).length;
}

export interface CenterWork {
	/** Evaluations released to the center and visible by now. */
	released: number;
	/** Of those, the ones whose released version nobody at the center has acknowledged. */
	toAcknowledge: number;
	/** Disputes opened and not decided yet. */
	disputes: number;
}

/**
 * A center manager's work: per evaluation the newest released version visible by `now`,
 * acknowledged or not, and the disputes still open.
 */
export function centerWork(
	reviews: readonly { events: readonly ReviewEvent[] }[],
	disputes: readonly Dispute[],
	now: number
): CenterWork {
	let released = 0;
	let toAcknowledge = 0;
	for (const { events } of reviews) {
		let newest: Extract<ReviewEvent, { action: 'released' }> | undefined;
		for (const e of events) {
			if (e.action === 'released' && (!newest || e.version >= newest.version)) newest = e;
		}
		if (!newest || newest.visibleFrom > now) continue;
		const version = newest.version;
		released++;
		if (!events.some((e) => e.action === 'acknowledged' && e.version === version)) toAcknowledge++;
	}
	return { released, toAcknowledge, disputes: pendingDisputes(disputes) };
}

/** Sums the work of several campaigns. */
export function addCenterWork(a: CenterWork, b: CenterWork): CenterWork {
	return {
		released: a.released + b.released,
		toAcknowledge: a.toAcknowledge + b.toAcknowledge,
		disputes: a.disputes + b.disputes
	};
}
