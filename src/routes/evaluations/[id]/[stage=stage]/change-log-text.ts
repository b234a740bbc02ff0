import { AUDIO_REASON, clockOf } from '$lib/domain/editing';
import type { ChangeLogEntry } from '$lib/domain/record';
import { formatDateTime } from '$lib/i18n/format';
import type { Locale, Messages } from '$lib/i18n';

type LogValue = ChangeLogEntry['old'];
type Words = Pick<Messages, 'checks' | 'evaluation' | 'ivr' | 'followup' | 'recordingScreen'>;

/** How a change-log entry's values read to a person: words and local times, never raw ids. */
export interface LogText {
	old: string;
	new: string;
	reason?: string;
}

/** The old and new value of one change-log entry, in the UI language. */
export function changeLogText(
	entry: ChangeLogEntry,
	t: Words,
	locale: Locale,
	timeZone: string
): LogText {
	const r = t.checks.review;
	const time = (ms: number) => formatDateTime(ms, locale, timeZone);
	const label = (map: Record<string, string>, v: string) => map[v] ?? v;
	const rec = t.recordingScreen.log;
	function ivrEvent(v: string): string {
		const [type = '', key] = v.split(' ');
		const name = label(t.ivr.events, type);
		return key === undefined ? name : `${name} ${key}`;
	}

	function fallback(v: LogValue): string {
		if (v === null || v === '') return r.empty;
		if (Array.isArray(v)) return v.length === 0 ? r.empty : v.join(', ');
		if (typeof v === 'object') {
			const parts = Object.values(v)
				.filter((x) => x !== null && x !== '')
				.map((x) => fallback(x as LogValue));
			return parts.length === 0 ? r.empty : parts.join(' · ');
		}
		return String(v);
	}

	function one(v: LogValue): string {
		if (v === null || v === '') return r.empty;
		const obj = typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : null;
		switch (entry.field) {
			case 'answer':
			case 'no-agent':
			case 'no-agent-undone':
				if (typeof v === 'string') return label(t.checks.answers, v);
				if (obj) {
					const n = Object.keys(obj).length;
					return entry.field === 'no-agent' ? r.checksCount(n) : r.noAgentRestored(n);
				}
				break;
			case 'evidence':
				if (Array.isArray(v)) return v.length === 0 ? r.empty : r.photosCount(v.length);
				break;
			case 'status':
			case 'reopen':
				if (typeof v === 'string') return label(t.evaluation.status, v);
				break;
			case 'created':
				if (obj) {
					return [
						typeof obj.channel === 'string' ? label(t.evaluation.channels, obj.channel) : null,
						typeof obj.timeSlot === 'string' ? label(t.evaluation.timeSlots, obj.timeSlot) : null,
						typeof obj.evaluator === 'string' ? obj.evaluator : null
					]
						.filter((x) => x)
						.join(' · ');
				}
				break;
			case 'agent':
				if (obj) {
					const parts = [
						typeof obj.name === 'string' ? `${t.checks.agent.name} ${obj.name}` : null,
						typeof obj.team === 'string' ? `${t.checks.agent.team} ${obj.team}` : null
					].filter((x) => x);
					return parts.length === 0 ? r.empty : parts.join(' · ');
				}
				break;
			case 'consultedAt':
				if (obj && typeof obj.date === 'string') {
					return r.consultedAtLogged(obj.date, String(obj.from ?? ''), String(obj.to ?? ''));
				}
				break;
			case 'ivr':
				if (typeof v === 'string') return ivrEvent(v);
				// The events one recording gave, removed together (measured again).
				if (Array.isArray(v)) {
					const names = v.filter((x): x is string => typeof x === 'string').map(ivrEvent);
					return names.length === 0 ? r.empty : names.join(', ');
				}
				break;
			case 'recording':
			case 'recording-removed':
				if (obj && typeof obj.name === 'string') {
					if (typeof obj.durationMs === 'number')
						return rec.recording(obj.name, clockOf(obj.durationMs));
					return rec.removed(obj.name, typeof obj.moments === 'number' ? obj.moments : 0);
				}
				break;
			case 'mutes':
				// The copy's id changes with the mutes; the log reads the stretches.
				if (obj && typeof obj.mutes === 'string') {
					return obj.mutes === '' ? r.empty : rec.mutes(obj.mutes);
				}
				break;
			case 'moment':
				if (typeof v === 'string') return rec.moment(v);
				break;
			case 'follow-up':
			case 'follow-up-removed':
				if (obj?.kind === 'callback' && typeof obj.requestedAt === 'number') {
					const via = typeof obj.via === 'string' ? label(t.followup.via, obj.via) : '';
					const text = r.callbackLogged(via, time(obj.requestedAt));
					return typeof obj.reservedAt === 'number'
						? `${text} · ${r.callbackSlot(time(obj.reservedAt))}`
						: text;
				}
				if (obj?.kind === 'email' && typeof obj.sentAt === 'number') {
					return r.emailLogged(time(obj.sentAt));
				}
				break;
			case 'follow-up-response':
				if (typeof v === 'number') return time(v);
				break;
			case 'rescore':
				if (typeof v === 'number') return r.templateVersion(v);
				break;
			case 'deleted':
				if (typeof v === 'number') return r.recordVersion(v);
				break;
			case 'conflict-resolved':
				if (typeof v === 'string') return label(r.conflictOutcomes, v);
				if (obj && typeof obj.version === 'number') return r.otherCopy(obj.version);
				break;
		}
		return fallback(v);
	}

	const text: LogText = { old: one(entry.old), new: one(entry.new) };
	if (entry.reason) {
		text.reason = r.logReason(entry.reason === AUDIO_REASON ? rec.fromAudio : entry.reason);
	}
	return text;
}
