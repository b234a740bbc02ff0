/**
 * Name-like words in the free text of evaluations, for the shopper to confirm before an
 * anonymised export. The agent's name exactly as `agent.name` holds it is replaced anyway;
 * what a text search for it misses is found here: the name written another way ("김 민지"
 * for 김민지), the given name alone ("민지 씨", "민지가"), the surname with a title
 * ("김 상담사"), and any word used as a person's name before a title or honorific ("박지훈
 * 상담사", "지훈 씨"). Finding names in free text is guesswork, so nothing found here is
 * replaced unless the person confirms it (see `anonymiseEvaluations`).
 */
import type { ChangeLogEntry, Evaluation, LogValue } from '../record/evaluation';

/** One name-like word (or words) found, as the confirmation list shows it. */
export interface NameLikeWord {
	/** The text as it stands (NFC), e.g. `김 민지`, `민지`, `김 상담사`, `박지훈`. */
	text: string;
	/** How often it occurs in the free text of the evaluations. */
	count: number;
	/** The agent name it is a form of (as `agent.name` holds it); absent for another name. */
	of?: string;
}

/** Titles that follow a person's name in a contact center (`박지훈 상담사`, `김 매니저`). */
export const NAME_TITLES = [
	'상담사',
	'상담원',
	'매니저',
	'주임',
	'대리',
	'과장',
	'차장',
	'팀장',
	'실장',
	'선임',
	'책임',
	'사원'
] as const;

/** Honorifics attached to a given name (`민지 씨`, `민지씨`, `민지님`). */
export const NAME_HONORIFICS = ['씨', '님'] as const;

/**
 * Words that stand before a title or honorific without being names: people by their role,
 * words that end in 씨 or 님 (마음씨, 아저씨, 고객님), and the adjectives notes put before
 * 상담사 (다른, 해당, 친절한 — words ending in 한, 는, 던, 된 … are left out by their ending).
 */
export const NOT_NAMES: ReadonlySet<string> = new Set([
	...NAME_TITLES,
	'고객',
	'회원',
	'손님',
	'선생',
	'사장',
	'부장',
	'원장',
	'지점장',
	'센터장',
	'교수',
	'선배',
	'후배',
	'기사',
	'담당',
	'담당자',
	'직원',
	'관리자',
	'부모',
	'어머',
	'아버',
	'하느',
	'마음',
	'아가',
	'아저',
	'말솜',
	'손글',
	'다른',
	'해당',
	'같은',
	'좋은',
	'모든',
	'여러',
	'이번',
	'다음',
	'처음',
	'첫번째',
	'두번째',
	'앞의',
	'기존'
]);

/** Endings of words that describe (친절한, 연결된, 받는, 응대하던) rather than name. */
const DESCRIBING_ENDING = /[한된는던른을를의에게와]$/u;

const HANGUL = '가-힣';
const TITLE_OR_HONORIFIC = [...NAME_TITLES, ...NAME_HONORIFICS].join('|');
/** A word of 2–4 syllables used before a title or honorific, not inside a longer word. */
const BEFORE_TITLE = new RegExp(
	`(?<![${HANGUL}])([${HANGUL}]{2,4}?)\\s?(?:${TITLE_OR_HONORIFIC})`,
	'gu'
);
/** Stands in for what was already found, so it is not found twice. */
const FOUND = '\uFFFC';

const nfc = (s: string) => s.normalize('NFC');
const compact = (s: string) => nfc(s).replace(/\s+/gu, '');

/** Every free text of an evaluation: what an anonymised export searches and replaces. */
export function freeTextsOf(e: Evaluation): string[] {
	const out: string[] = [e.scenario];
	if (e.overallOpinion) out.push(e.overallOpinion);
	if (e.revisionReason) out.push(e.revisionReason);
	for (const a of Object.values(e.answers)) {
		if (a.note) out.push(a.note);
		if (a.overridesSuggestion?.reason) out.push(a.overridesSuggestion.reason);
	}
	for (const entry of e.changeLog) out.push(...logTexts(entry));
	return out.filter((t) => t.trim() !== '');
}

/** The texts of a change-log entry (an agent entry's names are the agent field's, not text). */
function logTexts(entry: ChangeLogEntry): string[] {
	const out: string[] = entry.reason ? [entry.reason] : [];
	const value = (v: LogValue) => {
		if (typeof v === 'string') out.push(v);
		else if (Array.isArray(v)) out.push(...v);
		else if (v !== null && typeof v === 'object') {
			for (const x of Object.values(v)) if (typeof x === 'string') out.push(x);
		}
	};
	if (entry.field !== 'agent') {
		value(entry.old);
		value(entry.new);
	}
	return out;
}

/**
 * The name-like words in the free text of `evaluations` that an anonymised export would not
 * replace by itself: forms of each agent's name first (longest first), then other names
 * before a title or honorific, each once with its count.
 */
export function findNameLikeWords(evaluations: readonly Evaluation[]): NameLikeWord[] {
	const agents = [
		...new Set(evaluations.map((e) => nfc(e.agent?.name ?? '').trim()).filter((n) => n.length >= 2))
	].sort((a, b) => b.length - a.length);
	const found = new Map<string, NameLikeWord>();
	const note = (text: string, of?: string) => {
		const hit = found.get(text);
		if (hit) hit.count++;
		else found.set(text, of === undefined ? { text, count: 1 } : { text, count: 1, of });
	};
	for (const e of evaluations) {
		for (const raw of freeTextsOf(e)) {
			let text = nfc(raw);
			// The names as written are replaced anyway: they are neither listed nor found again.
			for (const name of agents) text = text.replaceAll(name, FOUND);
			for (const name of agents) {
				for (const form of formsOf(name)) {
					text = text.replace(form, (match) => {
						note(match, name);
						return FOUND;
					});
				}
			}
			text.replace(BEFORE_TITLE, (match, word: string) => {
				if (!NOT_NAMES.has(word) && !DESCRIBING_ENDING.test(word)) note(word);
				return match;
			});
		}
	}
	return [...found.values()];
}

/**
 * The other ways a Korean name of 2–4 syllables is written: with spaces between syllables,
 * the given name alone (its last two syllables, for a name of three or four), and the
 * surname with a title. Names in other scripts: only with other spacing. Each match is
 * listed as it is written, so what the person confirms is exactly what gets replaced.
 */
function formsOf(name: string): RegExp[] {
	const letters = [...compact(name)];
	const forms = [new RegExp(letters.map(escapeRegExp).join('\\s*'), 'gu')];
	if (letters.length < 2 || !letters.every((c) => /[가-힣]/u.test(c))) return forms;
	if (letters.length >= 3) {
		forms.push(new RegExp(`(?<![${HANGUL}])${letters.slice(-2).join('')}`, 'gu'));
	}
	const titles = NAME_TITLES.join('|');
	forms.push(new RegExp(`(?<![${HANGUL}])${letters[0]!}\\s?(?:${titles})`, 'gu'));
	return forms;
}

function escapeRegExp(s: string): string {
	return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
