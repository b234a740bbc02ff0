/**
 * Anonymising agents for export: each distinct agent name becomes 상담사 A, 상담사 B, … in
 * order of first appearance, the same for every evaluation in the bundle, and the names are
 * also replaced wherever the evaluator's free text repeats them (scenario, notes, opinion,
 * revision and late reasons, every value of the change log). Names that were typed and later
 * corrected or cleared live on in the change log, so they get pseudonyms too (numbered after
 * the current names). The team is kept: it is the center's organisational unit that
 * aggregates group by, not a person. Evaluators (the shoppers who made the file) are not
 * anonymised.
 *
 * Names written another way in the free text ("김 민지", "민지 씨") are not found by that
 * search: `findNameLikeWords` lists them, the person confirms the list, and the confirmed
 * words are replaced too — by the pseudonym of the agent they name, or by a new one.
 *
 * An anonymised copy is a different document from the original: every copy is marked
 * `agent.anonymised: true`, so an import can tell it from the record it was made from.
 */
import type { Answer, ChangeLogEntry, Evaluation, LogValue } from '../record/evaluation';
import type { NameLikeWord } from './name-words';

/** 0 → A, 25 → Z, 26 → AA, 27 → AB … (spreadsheet column letters). */
export function pseudonymLetters(index: number): string {
	let n = index + 1;
	let out = '';
	while (n > 0) {
		const r = (n - 1) % 26;
		out = String.fromCharCode(65 + r) + out;
		n = Math.floor((n - 1) / 26);
	}
	return out;
}

/** The pseudonym for the `index`-th distinct agent: 상담사 A, … 상담사 Z, 상담사 AA, … */
export function agentPseudonym(index: number): string {
	return `상담사 ${pseudonymLetters(index)}`;
}

const key = (name: string) => name.normalize('NFC').trim();

/** Shorter names are not searched for in free text: one letter would mangle ordinary words. */
const MIN_SCRUB_LENGTH = 2;

/** Every agent name an evaluation's change log records: typed, corrected or cleared ones. */
export function loggedAgentNames(e: Pick<Evaluation, 'changeLog'>): string[] {
	const out: string[] = [];
	for (const entry of e.changeLog) {
		if (entry.field !== 'agent') continue;
		for (const v of [entry.old, entry.new]) {
			if (typeof v === 'string') out.push(v);
			else if (isMap(v) && typeof v.name === 'string') out.push(v.name);
		}
	}
	return out;
}

/**
 * Name → pseudonym for every distinct agent name: the current names first, in order of first
 * appearance, then names only the change logs still hold.
 */
export function agentPseudonyms(evaluations: readonly Evaluation[]): Map<string, string> {
	const map = new Map<string, string>();
	const add = (name: string | undefined) => {
		if (name === undefined) return;
		const k = key(name);
		if (k !== '' && !map.has(k)) map.set(k, agentPseudonym(map.size));
	};
	for (const e of evaluations) add(e.agent?.name);
	for (const e of evaluations) loggedAgentNames(e).forEach(add);
	return map;
}

/**
 * Copies of `evaluations` with agent names replaced by pseudonyms (see the module comment),
 * and the `confirmed` name-like words of their free text too.
 */
export function anonymiseEvaluations(
	evaluations: readonly Evaluation[],
	confirmed: readonly NameLikeWord[] = []
): Evaluation[] {
	const names = agentPseudonyms(evaluations);
	const words = new Map(names);
	for (const word of confirmed) {
		const text = key(word.text);
		if (text === '' || words.has(text)) continue;
		const of = word.of === undefined ? undefined : names.get(key(word.of));
		words.set(text, of ?? agentPseudonym(countDistinct(words)));
	}
	const scrub = scrubber(words);
	/** An agent name field: replaced whole, whatever its length. */
	const pseudonym = (name: string): string =>
		key(name) === '' ? name : (names.get(key(name)) ?? scrub(name));
	return evaluations.map((e) => {
		const out: Evaluation = { ...e };
		const agent: NonNullable<Evaluation['agent']> = { ...e.agent, anonymised: true };
		if (agent.name !== undefined) agent.name = pseudonym(agent.name);
		out.agent = agent;
		out.scenario = scrub(e.scenario);
		setOpt(out, 'overallOpinion', mapOpt(e.overallOpinion, scrub));
		setOpt(out, 'revisionReason', mapOpt(e.revisionReason, scrub));
		out.answers = Object.fromEntries(
			Object.entries(e.answers).map(([id, a]) => [id, scrubAnswer(a, scrub)])
		);
		out.changeLog = e.changeLog.map((entry) => scrubEntry(entry, scrub, pseudonym));
		return out;
	});
}

/** How many distinct pseudonyms a map gives out (the next one gets the next letter). */
function countDistinct(map: ReadonlyMap<string, string>): number {
	return new Set(map.values()).size;
}

/**
 * Replaces every name of `names` (of at least MIN_SCRUB_LENGTH letters) in a text by its
 * pseudonym, in one pass and longest first, so 김민지 is replaced before a colleague called
 * 김민 could split it, and a pseudonym just written is never searched again.
 */
function scrubber(names: ReadonlyMap<string, string>): (text: string) => string {
	const list = [...names.keys()]
		.filter((name) => name.length >= MIN_SCRUB_LENGTH)
		.sort((a, b) => b.length - a.length);
	if (list.length === 0) return (text) => text;
	const pattern = new RegExp(list.map(escapeRegExp).join('|'), 'gu');
	return (text) => {
		const nfc = text.normalize('NFC');
		const out = nfc.replace(pattern, (name) => names.get(name) ?? name);
		return out === nfc ? text : out;
	};
}

function scrubAnswer(a: Answer, scrub: (s: string) => string): Answer {
	const out = { ...a };
	setOpt(out, 'note', mapOpt(a.note, scrub));
	if (a.overridesSuggestion) {
		const o = { ...a.overridesSuggestion };
		setOpt(o, 'reason', mapOpt(o.reason, scrub));
		out.overridesSuggestion = o;
	}
	return out;
}

function scrubEntry(
	entry: ChangeLogEntry,
	scrub: (s: string) => string,
	pseudonym: (name: string) => string
): ChangeLogEntry {
	const isAgent = entry.field === 'agent';
	const value = (v: LogValue): LogValue => {
		if (typeof v === 'string') return isAgent ? pseudonym(v) : scrub(v);
		if (Array.isArray(v)) return v.map(scrub);
		if (isMap(v)) {
			return Object.fromEntries(
				Object.entries(v).map(([k, x]) => [
					k,
					typeof x !== 'string' ? x : isAgent && k === 'name' ? pseudonym(x) : scrub(x)
				])
			);
		}
		return v;
	};
	const out: ChangeLogEntry = { ...entry, old: value(entry.old), new: value(entry.new) };
	setOpt(out, 'reason', mapOpt(entry.reason, scrub));
	return out;
}

function isMap(v: LogValue): v is Record<string, string | number | boolean | null> {
	return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function escapeRegExp(s: string): string {
	return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function mapOpt<T>(v: T | undefined, f: (v: T) => T): T | undefined {
	return v === undefined ? undefined : f(v);
}

/** Sets an optional property, leaving it absent (not `undefined`) when there is no value. */
function setOpt<T extends object, K extends keyof T>(obj: T, k: K, v: T[K] | undefined): void {
	if (v === undefined) delete obj[k];
	else obj[k] = v;
}
