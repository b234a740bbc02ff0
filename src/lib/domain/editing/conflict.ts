/**
 * Resolving a conflict between a record made here and another device's copy of it: a person
 * looked at both and chose. Keeping this device's version is one logged entry; taking the
 * other's answers replays each differing answer, note and text as an edit made here (one
 * entry each), then logs the resolution. Nothing is ever overwritten wholesale.
 */
import type { Evaluation } from '../record/evaluation';
import { answer, setNote } from './answers';
import { commit, type EditContext } from './commit';
import { setAgent, setConsultedAt, setText } from './fields';
import { deleteEvaluation, reopen } from './lifecycle';

/** The other copy a resolution names: its version and the device that wrote it. */
export interface OtherCopy {
	version: number;
	deviceId: string;
}

/** Keeps this device's version and logs which other copy was looked at and set aside. */
export function resolveKeepMine(local: Evaluation, other: OtherCopy, ctx: EditContext): Evaluation {
	return commit(
		local,
		ctx,
		{
			field: 'conflict-resolved',
			old: { version: other.version, deviceId: other.deviceId },
			new: 'kept-mine'
		},
		{}
	);
}

/**
 * Takes the other copy's answers, notes, texts, agent and 상담 일시 where they differ, as
 * edits made here, then logs the resolution. A locked record is reopened first (with the
 * reason), so the result is a draft to check and finalise again. Evidence links are kept.
 */
export function takeTheirAnswers(
	local: Evaluation,
	other: Evaluation,
	reason: string,
	ctx: EditContext
): Evaluation {
	if (local.deleted || other.deleted) return resolveKeepMine(local, other, ctx);
	const e = replayDiffering(local, other, reason, ctx);
	return commit(
		e,
		ctx,
		{
			field: 'conflict-resolved',
			old: { version: other.version, deviceId: other.deviceId },
			new: 'took-theirs'
		},
		{}
	);
}

/**
 * Starting from `base`, replays `source`'s differing answers, notes, texts, agent and 상담
 * 일시 as edits made here (a locked `base` is reopened first, with the reason).
 */
function replayDiffering(
	base: Evaluation,
	other: Evaluation,
	reason: string,
	ctx: EditContext
): Evaluation {
	let e = base;
	const changes = differingFields(base, other);
	if (changes > 0 && e.status !== 'draft') e = reopen(e, reason, ctx);
	for (const [checkId, theirs] of Object.entries(other.answers)) {
		const mine = e.answers[checkId];
		if (mine?.value !== theirs.value) e = answer(e, checkId, theirs.value, ctx);
		if ((e.answers[checkId]?.note ?? '') !== (theirs.note ?? '')) {
			e = setNote(e, checkId, theirs.note ?? '', ctx);
		}
	}
	if ((e.overallOpinion ?? '') !== (other.overallOpinion ?? '')) {
		e = setText(e, 'overallOpinion', other.overallOpinion ?? '', ctx);
	}
	if (e.scenario !== other.scenario) e = setText(e, 'scenario', other.scenario, ctx);
	e = setAgent(e, { name: other.agent?.name ?? '', team: other.agent?.team ?? '' }, ctx);
	e = setConsultedAt(e, other.consultedAt, ctx);
	return e;
}

/**
 * Resolves a conflict with the team server's copy so that the result descends from it (the
 * server accepts only a later version of the history it holds): the resolution starts from
 * `server`. Keeping mine replays this device's differing answers, notes and texts onto it as
 * edits made here; taking theirs keeps the server's content. Either way the resolution is
 * logged, naming this device's set-aside copy. A deletion on the server stays a deletion
 * (nothing descends from a tombstone but a tombstone); a deletion here, kept, deletes the
 * server's copy. The local copy's `origin` (how it reached this device) is kept.
 */
export function resolveOnServerCopy(
	server: Evaluation,
	local: Evaluation,
	choice: 'kept-mine' | 'took-theirs',
	reason: string,
	ctx: EditContext
): Evaluation {
	const { origin: _serverOrigin, ...rest } = server;
	const start: Evaluation = local.origin ? { ...rest, origin: local.origin } : rest;
	if (start.deleted) return start;
	if (choice === 'kept-mine' && local.deleted) return deleteEvaluation(start, ctx);
	const e =
		choice === 'kept-mine' && !local.deleted ? replayDiffering(start, local, reason, ctx) : start;
	return commit(
		e,
		ctx,
		{
			field: 'conflict-resolved',
			old: { version: local.version, deviceId: local.deviceId },
			new: choice
		},
		{}
	);
}

/** How many answers, notes and texts differ between two copies. */
export function differingFields(a: Evaluation, b: Evaluation): number {
	let n = 0;
	for (const [id, theirs] of Object.entries(b.answers)) {
		const mine = a.answers[id];
		if (mine?.value !== theirs.value) n++;
		if ((mine?.note ?? '') !== (theirs.note ?? '')) n++;
	}
	if ((a.overallOpinion ?? '') !== (b.overallOpinion ?? '')) n++;
	if (a.scenario !== b.scenario) n++;
	if ((a.agent?.name ?? '') !== (b.agent?.name ?? '')) n++;
	if ((a.agent?.team ?? '') !== (b.agent?.team ?? '')) n++;
	const ca = a.consultedAt;
	const cb = b.consultedAt;
	if (ca?.date !== cb?.date || ca?.from !== cb?.from || ca?.to !== cb?.to) n++;
	return n;
}
