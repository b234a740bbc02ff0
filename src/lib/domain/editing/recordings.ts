/**
 * Call recordings of an evaluation: attaching one, changing its muted stretches (which makes a
 * new shared copy), removing it, and binding checks to moments of it. Each is one logged step.
 */
import type { AudioRange, Evaluation, Moment, Recording } from '../record/evaluation';
import { commit, type EditContext } from './commit';

/** `m:ss.s` of a millisecond offset, as the log shows it (e.g. 83,400 → "1:23.4"). */
export function clockOf(ms: number): string {
	const tenths = Math.round(ms / 100);
	const minutes = Math.floor(tenths / 600);
	const seconds = (tenths % 600) / 10;
	return `${minutes}:${seconds.toFixed(1).padStart(4, '0')}`;
}

/** `1:23.4–1:30.0` of a stretch. */
export function rangeText(r: AudioRange): string {
	return `${clockOf(r.startMs)}–${clockOf(r.endMs)}`;
}

const mutesText = (mutes: readonly AudioRange[]) => mutes.map(rangeText).join(', ');

/** Attaches a recording (an id already attached changes nothing). */
export function addRecording(e: Evaluation, recording: Recording, ctx: EditContext): Evaluation {
	const recordings = e.recordings ?? [];
	if (recordings.some((r) => r.id === recording.id)) return e;
	return commit(
		e,
		ctx,
		{
			field: 'recording',
			ref: recording.id,
			old: null,
			new: { name: recording.name, copy: recording.copyId, durationMs: recording.durationMs }
		},
		{ recordings: [...recordings, recording] }
	);
}

/**
 * Sets the muted stretches of a recording and the shared copy made with them (`copyId`): the
 * copy anyone else hears is always the one with every muted stretch silent.
 */
export function setRecordingMutes(
	e: Evaluation,
	recordingId: string,
	mutes: readonly AudioRange[],
	copyId: string,
	ctx: EditContext
): Evaluation {
	const prev = e.recordings?.find((r) => r.id === recordingId);
	if (!prev) return e;
	const sorted = [...mutes].sort((a, b) => a.startMs - b.startMs);
	if (prev.copyId === copyId && mutesText(prev.mutes) === mutesText(sorted)) return e;
	const next: Recording = { ...prev, mutes: sorted, copyId };
	return commit(
		e,
		ctx,
		{
			field: 'mutes',
			ref: recordingId,
			old: { mutes: mutesText(prev.mutes), copy: prev.copyId },
			new: { mutes: mutesText(sorted), copy: copyId }
		},
		{ recordings: (e.recordings ?? []).map((r) => (r.id === recordingId ? next : r)) }
	);
}

/**
 * Removes a recording and the moments bound to it, in one step (the wrong file was attached).
 * The IVR events measured from it stay until removed on their own (removeAudioIvrEvents).
 */
export function removeRecording(e: Evaluation, recordingId: string, ctx: EditContext): Evaluation {
	const prev = e.recordings?.find((r) => r.id === recordingId);
	if (!prev) return e;
	const moments = e.moments ?? [];
	const unbound = moments.filter((m) => m.recordingId === recordingId);
	return commit(
		e,
		ctx,
		{
			field: 'recording-removed',
			ref: recordingId,
			old: { name: prev.name, copy: prev.copyId, moments: unbound.length },
			new: null
		},
		{
			recordings: (e.recordings ?? []).filter((r) => r.id !== recordingId),
			moments: unbound.length ? moments.filter((m) => m.recordingId !== recordingId) : e.moments
		}
	);
}

/** Binds a check to a stretch of an attached recording (evidence with a time range). */
export function bindMoment(e: Evaluation, moment: Moment, ctx: EditContext): Evaluation {
	const recording = e.recordings?.find((r) => r.id === moment.recordingId);
	const moments = e.moments ?? [];
	if (!recording || moments.some((m) => m.id === moment.id)) return e;
	const bounded: Moment = {
		...moment,
		startMs: Math.max(0, Math.round(moment.startMs)),
		endMs: Math.min(recording.durationMs, Math.round(moment.endMs))
	};
	if (bounded.endMs <= bounded.startMs) return e;
	return commit(
		e,
		ctx,
		{
			field: 'moment',
			checkId: moment.checkId,
			ref: moment.id,
			old: null,
			new: rangeText(bounded)
		},
		{ moments: [...moments, bounded] }
	);
}

/** Removes a check's moment. */
export function unbindMoment(e: Evaluation, momentId: string, ctx: EditContext): Evaluation {
	const prev = e.moments?.find((m) => m.id === momentId);
	if (!prev) return e;
	return commit(
		e,
		ctx,
		{ field: 'moment', checkId: prev.checkId, ref: momentId, old: rangeText(prev), new: null },
		{ moments: (e.moments ?? []).filter((m) => m.id !== momentId) }
	);
}

/** The moments of one check, in the order of the call. */
export function momentsOf(e: Pick<Evaluation, 'moments'>, checkId: string): Moment[] {
	return (e.moments ?? [])
		.filter((m) => m.checkId === checkId)
		.sort((a, b) => a.startMs - b.startMs);
}
