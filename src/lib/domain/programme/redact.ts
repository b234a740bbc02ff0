/**
 * What a reader receives of a record: every part the permissions table does not grant the
 * reader's roles is removed by the server before it is sent (pull, programme snapshot). A
 * removed part that the record's schema requires gets a neutral value, so the copy still parses
 * as an `Evaluation` on the phone; the same record always redacts to the same copy, so a later
 * version still descends from an earlier one (history comparison stays exact).
 */
import type { ProgrammeSnapshot } from './records';
import type { ChangeLogEntry, Evaluation } from '../record/evaluation';
import type { PullItem } from '../sync/protocol';
import { mayRead, type Field } from '../access/permissions';

/** The evaluator's name when it is withheld (the schema requires one). */
export const WITHHELD_NAME = '—';
/** The device id and change-log author when they are withheld (they identify the shopper). */
export const WITHHELD_ACTOR = 'withheld';

/** The fields `roles` grant, as a lookup. */
function grants(roles: readonly string[]): (field: Field) => boolean {
	const cache = new Map<Field, boolean>();
	return (field) => {
		let v = cache.get(field);
		if (v === undefined) cache.set(field, (v = mayRead(roles, field)));
		return v;
	};
}

/**
 * The evaluation as a reader holding `roles` receives it (the roles through which they see
 * it: see `rolesSeeing`). Without `shopper-identity`: no evaluator name, device id or edit
 * authors; `scenario`: no scenario text, scenario or assignment id; `signer`: no signer in
 * `origin`; `notes`: no notes or opinion; `photos`: no evidence; `change-log`: every entry
 * reduced to its number and kind `legacy` (a deletion keeps what it deleted), no revision
 * reason; `contact-time`: no 상담 일시; `recordings`: no recordings and no moments (the IVR
 * events measured from one stay: they are the call's timeline).
 */
export function redactEvaluation(roles: readonly string[], e: Evaluation): Evaluation {
	const may = grants(roles);
	const out: Evaluation = { ...e };
	for (const [field, withhold] of WITHHOLDING) if (!may(field)) withhold(out, e);
	out.changeLog = e.changeLog.map((entry) => redactEntry(entry, e, may));
	return out;
}

/**
 * How each field is withheld from the copy a reader receives (`out` starts as the record). The
 * one list of what redaction touches: `redactsNothing` reads its fields too, so a field added
 * here is never skipped by the pull's fast path.
 */
const WITHHOLDING: readonly [Field, (out: Evaluation, e: Evaluation) => void][] = [
	[
		'shopper-identity',
		(out, e) => {
			out.evaluator = WITHHELD_NAME;
			out.deviceId = WITHHELD_ACTOR;
			if (e.deleted) out.deleted = { ...e.deleted, by: WITHHELD_ACTOR };
		}
	],
	[
		'scenario',
		(out) => {
			out.scenario = '';
			delete out.scenarioId;
			delete out.assignmentId;
		}
	],
	[
		'signer',
		(out, e) => {
			if (!e.origin) return;
			const { signerFingerprint: _f, signerName: _n, ...origin } = e.origin;
			out.origin = origin;
		}
	],
	[
		'notes',
		(out) => {
			delete out.overallOpinion;
			out.answers = mapAnswers(out.answers, (a) => {
				const { note: _note, ...rest } = a;
				if (rest.overridesSuggestion) {
					const { reason: _reason, ...o } = rest.overridesSuggestion;
					rest.overridesSuggestion = o;
				}
				return rest;
			});
		}
	],
	['photos', (out) => (out.answers = mapAnswers(out.answers, (a) => ({ ...a, evidenceIds: [] })))],
	['contact-time', (out) => delete out.consultedAt],
	[
		'recordings',
		(out) => {
			delete out.recordings;
			delete out.moments;
		}
	],
	// The entries themselves are reduced by redactEntry.
	['change-log', (out) => delete out.revisionReason]
];

function redactEntry(
	entry: ChangeLogEntry,
	e: Evaluation,
	may: (field: Field) => boolean
): ChangeLogEntry {
	const by = may('shopper-identity') ? entry.by : WITHHELD_ACTOR;
	if (may('change-log')) return { ...entry, by };
	// A tombstone's entry says which version it deleted: history comparison needs it.
	if (entry.field === 'deleted') {
		return {
			version: entry.version,
			at: entry.at,
			by,
			field: 'deleted',
			old: entry.old,
			new: null
		};
	}
	return { version: entry.version, at: e.createdAt, by, field: 'legacy', old: null, new: null };
}

function mapAnswers(
	answers: Evaluation['answers'],
	f: (a: Evaluation['answers'][string]) => Evaluation['answers'][string]
): Evaluation['answers'] {
	return Object.fromEntries(Object.entries(answers).map(([id, a]) => [id, f(a)]));
}

/** Whether `roles` read every field `redactFor` may withhold: the item reaches them as it is. */
export function redactsNothing(roles: readonly string[]): boolean {
	return WITHHOLDING.every(([field]) => mayRead(roles, field));
}

/**
 * A pulled item as a reader holding `roles` receives it: its evaluation redacted, and without
 * `signer` the person who signed it replaced by the programme's word (`programme: 'verified'`:
 * the server verified the device signature). A version the server made keeps `madeBy`: it names
 * the coordinator who decided the dispute, never who called.
 */
export function redactFor(roles: readonly string[], item: PullItem): PullItem {
	const out: PullItem = { ...item, evaluation: redactEvaluation(roles, item.evaluation) };
	if (!mayRead(roles, 'signer') && item.signer) {
		delete out.signer;
		out.programme = 'verified';
	}
	return out;
}

/**
 * The programme snapshot as `roles` may read it: scenarios with `scenario`, the plan with
 * `plan`, assignments with `assignments`, a review's return comments with `return-comments`
 * (without it the returns are left out).
 */
export function redactSnapshot(
	roles: readonly string[],
	snapshot: ProgrammeSnapshot
): ProgrammeSnapshot {
	const may = grants(roles);
	return {
		...snapshot,
		scenarios: may('scenario') ? snapshot.scenarios : [],
		plan: may('plan') ? snapshot.plan : null,
		assignments: may('assignments') ? snapshot.assignments : [],
		reviews: may('return-comments')
			? snapshot.reviews
			: snapshot.reviews
					.map((r) => ({ ...r, events: r.events.filter((e) => e.action !== 'returned') }))
					.filter((r) => r.events.length > 0)
	};
}
