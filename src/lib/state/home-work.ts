/**
 * The counts on a team member's home, read from the programme snapshots the last sync kept on
 * this phone (no request: the home shows at once, offline too).
 */
import {
	addCenterWork,
	centerWork,
	pendingDisputes,
	type CenterWork
} from '$lib/domain/programme/home-work';
import { getProgramme } from '$lib/storage/programme';

/** A center manager's released results, acknowledgements to do and open disputes. */
export async function loadCenterWork(
	campaignIds: readonly string[],
	now = Date.now()
): Promise<CenterWork> {
	let work: CenterWork = { released: 0, toAcknowledge: 0, disputes: 0 };
	for (const id of campaignIds) {
		const snapshot = await getProgramme(id);
		if (snapshot) work = addCenterWork(work, centerWork(snapshot.reviews, snapshot.disputes, now));
	}
	return work;
}

/** The disputes waiting for a decision in the campaigns a coordinator decides. */
export async function loadPendingDisputes(campaignIds: readonly string[]): Promise<number> {
	let n = 0;
	for (const id of campaignIds) n += pendingDisputes((await getProgramme(id))?.disputes ?? []);
	return n;
}
