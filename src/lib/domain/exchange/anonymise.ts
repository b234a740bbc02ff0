/**
 * Anonymising agents for export: each distinct agent name becomes 상담사 A, 상담사 B, … in
 * order of first appearance, the same for every evaluation in the bundle, and the names are
 * also replaced wherever the evaluator's free text repeats them (notes, opinion, change log).
 * The team is kept: it is the center's organisational unit that aggregates group by, not a
 * person. Evaluators (the shoppers who made the file) are not anonymised.
 */
import type { ChangeLogEntry, Evaluation } from '../record/evaluation';

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

/** Name → pseudonym for every distinct agent name, numbered in order of first appearance. */
export function agentPseudonyms(evaluations: readonly Evaluation[]): Map<string, string> {
	const map = new Map<string, string>();
	for (const e of evaluations) {
		const name = e.agent?.name;
		if (name === undefined || key(name) === '') continue;
		const k = key(name);
		if (!map.has(k)) map.set(k, agentPseudonym(map.size));
	}
	return map;
}

/** Copies of `evaluations` with agent names replaced by pseudonyms (see the module comment). */
export function anonymiseEvaluations(evaluations: readonly Evaluation[]): Evaluation[] {
	const names = agentPseudonyms(evaluations);
	// Longest first, so 김민지 is replaced before a colleague called 김민 could split it.
	const scrubList = [...names]
		.filter(([name]) => name.length >= MIN_SCRUB_LENGTH)
		.sort(([a], [b]) => b.length - a.length);
	const scrub = (text: string): string => {
		let out = text.normalize('NFC');
		for (const [name, alias] of scrubList) out = out.split(name).join(alias);
		return out === text.normalize('NFC') ? text : out;
	};
	const scrubOpt = (text: string | undefined) => (text === undefined ? undefined : scrub(text));
	return evaluations.map((e) => {
		const out: Evaluation = { ...e };
		if (e.agent) {
			const name = e.agent.name;
			const agent = { ...e.agent, anonymised: true };
			if (name !== undefined) {
				agent.name = key(name) === '' ? name : (names.get(key(name)) ?? name);
			}
			out.agent = agent;
		}
		if (scrubList.length === 0) return out;
		out.scenario = scrub(e.scenario);
		setOpt(out, 'overallOpinion', scrubOpt(e.overallOpinion));
		setOpt(out, 'revisionReason', scrubOpt(e.revisionReason));
		out.answers = Object.fromEntries(
			Object.entries(e.answers).map(([id, a]) => {
				const answer = { ...a };
				setOpt(answer, 'note', scrubOpt(a.note));
				return [id, answer];
			})
		);
		out.changeLog = e.changeLog.map((entry) => scrubEntry(entry, scrub));
		return out;
	});
}

function scrubEntry(entry: ChangeLogEntry, scrub: (s: string) => string): ChangeLogEntry {
	const oldV = typeof entry.old === 'string' ? scrub(entry.old) : entry.old;
	const newV = typeof entry.new === 'string' ? scrub(entry.new) : entry.new;
	return oldV === entry.old && newV === entry.new ? entry : { ...entry, old: oldV, new: newV };
}

/** Sets an optional property, leaving it absent (not `undefined`) when there is no value. */
function setOpt<T extends object, K extends keyof T>(obj: T, k: K, v: T[K] | undefined): void {
	if (v === undefined) delete obj[k];
	else obj[k] = v;
}
