/**
 * What the phone does with one item pulled from the team server, decided purely: a record it
 * does not hold is stored; a later version of the same history replaces the local copy (a
 * copy from an authenticated team member may update a record made here); the same or an
 * older one is skipped; two different edits are a conflict kept for a person. Records first
 * made on another device by another member carry an origin naming who signed the version (and
 * read only); a shopper's own record made on another of their devices stays theirs to edit.
 */
import type { Evaluation } from '../record/evaluation';
import { relateHistories } from '../exchange/history';
import type { PullItem } from './protocol';

export type PulledAction =
	| { action: 'store'; evaluation: Evaluation }
	| { action: 'skip' }
	| { action: 'conflict'; server: Evaluation };

/** Who is pulling: this device and the signed-in member. */
export interface Puller {
	deviceId: string;
	memberId: string;
}

/** The decision for `item`, given the local copy (tombstones included) and who pulls it. */
export function planPulled(
	item: PullItem,
	local: Evaluation | undefined,
	puller: Puller,
	now: number
): PulledAction {
	const incoming = item.evaluation;
	const evaluation = withOrigin(incoming, item, puller, now);
	if (!local) return incoming.deleted ? { action: 'skip' } : { action: 'store', evaluation };
	switch (relateHistories(local, incoming)) {
		case 'descends':
			return { action: 'store', evaluation };
		case 'same':
		case 'ancestor':
			return { action: 'skip' };
		case 'diverged':
			return { action: 'conflict', server: incoming };
	}
}

/** Whether a record was first made on the device `deviceId`. */
export function madeOn(e: Evaluation, deviceId: string): boolean {
	const first = e.changeLog[0];
	return first !== undefined && first.version === 1
		? first.by === deviceId
		: e.deviceId === deviceId;
}

function withOrigin(e: Evaluation, item: PullItem, puller: Puller, now: number): Evaluation {
	const { origin: _carried, ...rest } = e;
	if (e.deleted || madeOn(e, puller.deviceId)) return rest;
	// Only the record's own shopper may push it: pushed by me = my record, from my other device.
	if (item.signer?.memberId === puller.memberId) return rest;
	// The signer is withheld from this reader (a center manager): the programme vouches for it.
	if (item.programme) {
		return { ...rest, origin: { importedAt: now, trust: 'verified', vouchedBy: 'programme' } };
	}
	// A version the team server made (an overturned dispute) has no device signature: it is
	// never "verified"; it names the member it was made for.
	if (!item.signer && item.madeBy) {
		return {
			...rest,
			origin: { importedAt: now, trust: 'unsigned', signerName: item.madeBy.displayName }
		};
	}
	const origin: NonNullable<Evaluation['origin']> = {
		importedAt: now,
		trust: item.signer ? 'verified' : 'unknown-signer'
	};
	if (item.signer) {
		origin.signerFingerprint = item.signer.fingerprint;
		origin.signerName = item.signer.displayName;
	}
	return { ...rest, origin };
}
