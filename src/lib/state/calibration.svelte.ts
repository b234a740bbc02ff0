/**
 * Calibration sessions on the team server: the list, a new session, closing, the results, and
 * a rater's answers, sent as they are given. Online screens: an answer that cannot be sent is
 * kept here (in memory) and sent again when the connection is back; nothing else is stored.
 */
import type { AnswerValue } from '$lib/domain/record/common';
import type {
	CalibrationAnswers,
	CalibrationSession,
	NewCalibrationSession
} from '$lib/domain/programme/calibration-wire';
import { programmeRoutes as routes } from '$lib/domain/programme/routes';
import type { ReportMessages } from '$lib/i18n';
import { call, TeamRequestError } from '$lib/sync/http';
import { teamErrorText } from './team-auth';

/** One sentence for a failed calibration request. */
export function calibrationErrorText(error: unknown, t: ReportMessages): string {
	if (error instanceof TeamRequestError) {
		if (error.code === 'closed') return t.calibration.errors.closed;
		if (error.code === 'open') return t.calibration.errors.open;
		if (error.kind === 'offline') return t.calibration.offline;
		if (error.kind === 'forbidden') return t.calibration.errors.forbidden;
	}
	return teamErrorText(error, t.team);
}

export const isOffline = (error: unknown) =>
	error instanceof TeamRequestError && error.kind === 'offline';

export const listCalibrationSessions = () => call(routes.calibrationSessions);

export const createCalibrationSession = (input: NewCalibrationSession) =>
	call(routes.newCalibrationSession, { body: input });

export const closeCalibrationSession = (id: string) =>
	call(routes.closeCalibration, { params: { id } });

export const loadCalibrationResults = (id: string) =>
	call(routes.calibrationResults, { params: { id } });

export type SendState = 'saved' | 'saving' | 'unsent';

/** A rater's answers in one session: each change is sent at once, the contact's whole set. */
export class CalibrationRater {
	#session = $state.raw<CalibrationSession | null>(null);
	#answers = $state<Record<string, CalibrationAnswers>>({});
	#sending = $state<Record<string, SendState>>({});
	#failure = $state('');
	// Bookkeeping of the sends, never shown: plain sets on purpose.
	// eslint-disable-next-line svelte/prefer-svelte-reactivity -- not state
	#inFlight = new Set<string>();
	// eslint-disable-next-line svelte/prefer-svelte-reactivity -- not state
	#again = new Set<string>();

	constructor(
		readonly id: string,
		readonly messages: () => ReportMessages
	) {}

	get session(): CalibrationSession | null {
		return this.#session;
	}
	/** The last failure, in words ('' when the last request went through). */
	get failure(): string {
		return this.#failure;
	}
	answersOf(contactId: string): CalibrationAnswers {
		return this.#answers[contactId] ?? {};
	}
	stateOf(contactId: string): SendState | undefined {
		return this.#sending[contactId];
	}
	/** Contacts whose latest answers the server does not have yet. */
	get unsent(): number {
		return Object.values(this.#sending).filter((s) => s !== 'saved').length;
	}

	/** Reads the session and the caller's own answers (the server sends nobody else's). */
	async load(): Promise<void> {
		try {
			const view = await call(routes.calibrationView, { params: { id: this.id } });
			this.#session = view.session;
			// Answers given here and not sent yet stay as they are; the rest come from the server.
			for (const r of view.mine) {
				if (this.#sending[r.contactId] !== 'unsent') this.#answers[r.contactId] = r.answers;
			}
			this.#failure = '';
		} catch (error) {
			this.#failure = calibrationErrorText(error, this.messages());
		}
	}

	/** Sets (or, given the answer it already has, clears) one check's answer and sends it. */
	answer(contactId: string, checkId: string, value: AnswerValue): Promise<void> {
		const current = { ...this.answersOf(contactId) };
		if (current[checkId] === value) delete current[checkId];
		else current[checkId] = value;
		this.#answers[contactId] = current;
		return this.#send(contactId);
	}

	async #send(contactId: string): Promise<void> {
		if (this.#inFlight.has(contactId)) {
			this.#again.add(contactId);
			return;
		}
		this.#inFlight.add(contactId);
		this.#sending[contactId] = 'saving';
		let sent = false;
		try {
			await call(routes.putCalibrationRating, {
				params: { id: this.id, contactId },
				// A plain copy (check id → answer): the values are strings.
				body: { answers: { ...this.answersOf(contactId) } }
			});
			sent = true;
			this.#failure = '';
		} catch (error) {
			this.#failure = calibrationErrorText(error, this.messages());
			if (error instanceof TeamRequestError && error.code === 'closed') await this.load();
		} finally {
			this.#inFlight.delete(contactId);
		}
		if (this.#again.delete(contactId)) return this.#send(contactId);
		this.#sending[contactId] = sent ? 'saved' : 'unsent';
	}

	/** Sends every contact that is waiting (after going back online, or on request). */
	async retry(): Promise<void> {
		const waiting = Object.entries(this.#sending)
			.filter(([, s]) => s === 'unsent')
			.map(([id]) => id);
		await Promise.all(waiting.map((id) => this.#send(id)));
	}

	async close(): Promise<void> {
		try {
			this.#session = await closeCalibrationSession(this.id);
			this.#failure = '';
		} catch (error) {
			this.#failure = calibrationErrorText(error, this.messages());
		}
	}
}
