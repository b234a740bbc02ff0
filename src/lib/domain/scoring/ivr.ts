/**
 * IVR timings from the stopwatch events, and the answers they suggest for B1-02, B1-06 and
 * B1-07. A metric the events cannot establish is `null`, never a guess.
 */
import type { Suggestion } from '../record/common';
import type { IvrEvent } from '../record/evaluation';
import type { ScoringTemplate } from '../record/template';

export type IvrKey = NonNullable<IvrEvent['key']>;

/**
 * The level after pressing `key` at `level`: a digit 1–9 goes one level deeper, `#` goes back
 * one, `*` (replay) and `0` stay where they are.
 */
export function levelAfterKey(level: number, key: IvrKey): number {
	if (key === '#') return Math.max(0, level - 1);
	if (key === '*' || key === '0') return level;
	return level + 1;
}

export interface IvrMetrics {
	/** greeting-end − greeting-start. */
	greetingMs: number | null;
	/**
	 * The menu levels the caller reached: the deepest menu a key was pressed in (a key in the
	 * first menu is depth 1; an agent request counts as a key in the menu it was made in).
	 */
	menuDepth: number | null;
	/** Attempts of the call: the first dial and every redial after the call ended. */
	attempts: number;
	/** agent-answer − the first dial (redials included). */
	timeToAgentMs: number | null;
	/** Sum over holds of (next agent-answer or end − hold); 0 with no holds on an ended call. */
	holdMs: number | null;
	/** The end of the last attempt (call-end or machine-drop) − the first dial. */
	callMs: number | null;
	/** A machine-drop before any agent answered. */
	droppedByMachine: boolean;
	/** The shopper asked for an agent (agent-request). */
	agentRequested: boolean;
	agentReached: boolean;
	/** The call ended (call-end or machine-drop, no redial since): later silence is a fact. */
	ended: boolean;
	/** Time to agent longer than the callback-offer limit (KCC guideline: 30 s). */
	longWait: boolean | null;
}

const firstAt = (events: IvrEvent[], type: IvrEvent['type'], after = -Infinity) =>
	events.find((e) => e.type === type && e.at >= after)?.at ?? null;

const isEnd = (e: IvrEvent) => e.type === 'call-end' || e.type === 'machine-drop';

/** Menu levels reached, replayed attempt by attempt; null when no key was recorded. */
function menuDepth(sorted: readonly IvrEvent[]): number | null {
	let depth: number | null = null;
	let passed = 0; // menus gone through in this attempt
	for (const e of sorted) {
		if (e.type === 'dial' || e.type === 'redial') passed = 0;
		else if (e.type === 'agent-request') depth = Math.max(depth ?? 0, passed + 1);
		else if (e.type === 'menu') {
			// Events from a builder or an old record may carry a level and no key.
			const inMenu = e.key !== undefined ? passed + 1 : (e.level ?? passed + 1);
			depth = Math.max(depth ?? 0, inMenu);
			passed = e.key !== undefined ? levelAfterKey(passed, e.key) : inMenu;
		}
	}
	return depth;
}

/** An event measured from a recording (confirmed by the shopper) rather than tapped. */
export const fromAudio = (e: IvrEvent): boolean => e.source === 'audio';

/** The stopwatch's own events: the taps, in the order they were made. */
export function tappedIvrEvents(events: readonly IvrEvent[]): IvrEvent[] {
	return events.filter((x) => !fromAudio(x));
}

/**
 * The events the IVR figures count: those measured from a recording once any is confirmed
 * (the audio is more exact than a thumb), else the taps. The taps stay in the record either
 * way; where both exist the review flags where they disagree (see recording/align.ts).
 */
export function countedIvrEvents(events: readonly IvrEvent[]): IvrEvent[] {
	const audio = events.filter(fromAudio);
	return audio.length > 0 ? [...audio].sort((a, b) => a.at - b.at) : tappedIvrEvents(events);
}

/** Derives IVR metrics from events in any order. */
export function ivrMetrics(events: readonly IvrEvent[], template: ScoringTemplate): IvrMetrics {
	const sorted = [...events].sort((a, b) => a.at - b.at);
	const dial = firstAt(sorted, 'dial') ?? firstAt(sorted, 'redial');
	const gStart = firstAt(sorted, 'greeting-start');
	const gEnd = gStart === null ? null : firstAt(sorted, 'greeting-end', gStart);
	const answer = firstAt(sorted, 'agent-answer');
	const drop = firstAt(sorted, 'machine-drop');

	let attempts = 0;
	let agentRequested = false;
	let holdMs: number | null = 0;
	let holds = 0;
	let endAt: number | null = null;
	for (let i = 0; i < sorted.length; i++) {
		const e = sorted[i]!;
		if (e.type === 'dial' || e.type === 'redial') {
			attempts++;
			endAt = null;
		} else if (isEnd(e)) endAt ??= e.at;
		else if (e.type === 'agent-request') agentRequested = true;
		else if (e.type === 'hold') {
			holds++;
			const resume = sorted.find((n, j) => j > i && (n.type === 'agent-answer' || isEnd(n)));
			holdMs = resume && holdMs !== null ? holdMs + (resume.at - e.at) : null;
		}
	}
	const ended = endAt !== null;
	if (holds === 0 && !ended) holdMs = null;
	const timeToAgentMs = dial !== null && answer !== null && answer >= dial ? answer - dial : null;
	const limitMs = template.ivr.callbackOfferAfterSeconds * 1000;
	return {
		greetingMs: gStart !== null && gEnd !== null ? gEnd - gStart : null,
		menuDepth: menuDepth(sorted),
		attempts,
		timeToAgentMs,
		holdMs,
		callMs: dial !== null && endAt !== null && endAt >= dial ? endAt - dial : null,
		droppedByMachine: drop !== null && (answer === null || answer > drop),
		agentRequested,
		agentReached: answer !== null,
		ended,
		longWait: timeToAgentMs !== null ? timeToAgentMs > limitMs : null
	};
}

/** What a suggestion rule proposes for its check: the value and why. */
export type Proposal = Omit<Suggestion, 'checkId'>;

/**
 * A check whose answer the app proposes from the IVR timings. Adding such a check is one entry
 * in `ivrSuggestionRules` (and the check in the catalog); the run screen shows its proposal.
 */
export interface SuggestionRule {
	checkId: string;
	/** The proposal, or null where the timings are silent. */
	suggest(m: IvrMetrics, template: ScoringTemplate): Proposal | null;
}

const seconds = (ms: number) => `${Math.round(ms / 100) / 10}`;

/** The checks the IVR timings answer, one rule each, in the catalog's order. */
export const ivrSuggestionRules: readonly SuggestionRule[] = [
	{
		// Greeting length and menu depth within the template's limits.
		checkId: 'B1-02',
		suggest(m, template) {
			const { maxMenuDepth, maxGreetingSeconds } = template.ivr;
			const greetingOver = m.greetingMs !== null && m.greetingMs > maxGreetingSeconds * 1000;
			const menuOver = m.menuDepth !== null && m.menuDepth > maxMenuDepth;
			if (greetingOver || menuOver) {
				const en: string[] = [];
				const ko: string[] = [];
				if (greetingOver) {
					en.push(`greeting ${seconds(m.greetingMs!)} s > ${maxGreetingSeconds} s`);
					ko.push(`초기 안내말 ${seconds(m.greetingMs!)}초 > ${maxGreetingSeconds}초`);
				}
				if (menuOver) {
					en.push(`menu depth ${m.menuDepth} > ${maxMenuDepth}`);
					ko.push(`메뉴 ${m.menuDepth}단계 > ${maxMenuDepth}단계`);
				}
				return { value: 'not-met', reason: { en: en.join('; '), ko: ko.join(', ') } };
			}
			if (m.greetingMs === null || m.menuDepth === null) return null;
			return {
				value: 'met',
				reason: {
					en: `greeting ${seconds(m.greetingMs)} s ≤ ${maxGreetingSeconds} s; menu depth ${m.menuDepth} ≤ ${maxMenuDepth}`,
					ko: `초기 안내말 ${seconds(m.greetingMs)}초 ≤ ${maxGreetingSeconds}초, 메뉴 ${m.menuDepth}단계 ≤ ${maxMenuDepth}단계`
				}
			};
		}
	},
	{
		// An agent request is put through.
		checkId: 'B1-06',
		suggest(m) {
			if (m.agentRequested && m.agentReached) {
				return {
					value: 'met',
					reason: { en: 'asked for an agent and was connected', ko: '상담사 연결 요청 후 연결됨' }
				};
			}
			if (!m.agentRequested || !m.ended) return null;
			return {
				value: 'not-met',
				reason: m.droppedByMachine
					? {
							en: 'asked for an agent; the machine dropped the call',
							ko: '상담사 연결 요청 후 기계가 통화를 끊음'
						}
					: {
							en: 'asked for an agent and was never connected',
							ko: '상담사 연결 요청 후 연결되지 않음'
						}
			};
		}
	},
	{
		// The machine does not hang up on the caller.
		checkId: 'B1-07',
		suggest(m) {
			if (m.droppedByMachine) {
				return {
					value: 'not-met',
					reason: {
						en: 'the machine hung up before an agent answered',
						ko: '상담사 연결 전 기계가 통화를 끊음'
					}
				};
			}
			if (!m.agentReached) return null;
			return {
				value: 'met',
				reason: {
					en: 'an agent answered; no machine drop',
					ko: '기계에 의한 끊김 없이 상담사 연결됨'
				}
			};
		}
	}
];

/** Suggested answers of the IVR checks with the reason; none where the data is silent. */
export function ivrSuggestions(m: IvrMetrics, template: ScoringTemplate): Suggestion[] {
	return ivrSuggestionRules.flatMap((rule) => {
		const proposal = rule.suggest(m, template);
		return proposal ? [{ checkId: rule.checkId, ...proposal }] : [];
	});
}
