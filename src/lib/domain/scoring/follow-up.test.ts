import { describe, expect, it } from 'vitest';
import { buildCampaign, buildEvaluation, T0 } from '../../testing/builders';
import type { CallbackFollowUp, EmailFollowUp } from '../record/evaluation';
import { followUpAnswers, followUpStatus, hasPendingFollowUp } from './follow-up';

const MIN = 60_000;
const HOUR = 3_600_000;
const campaign = buildCampaign({ emailAnswerStandardHours: 48 });
const R = T0 + 2 * HOUR; // reserved slot
const reserved = (respondedAt?: number): CallbackFollowUp => ({
	id: 'c1',
	kind: 'callback',
	via: 'web',
	requestedAt: T0,
	reservedAt: R,
	...(respondedAt === undefined ? {} : { respondedAt })
});

describe('followUpStatus: callback with a reservation (± 15 min, inclusive)', () => {
	it('response exactly 15 min early or late is met', () => {
		expect(followUpStatus(reserved(R - 15 * MIN), campaign, T0).status).toBe('met');
		expect(followUpStatus(reserved(R + 15 * MIN), campaign, T0).status).toBe('met');
	});
	it('response 1 ms outside the window is not met (early or late)', () => {
		expect(followUpStatus(reserved(R - 15 * MIN - 1), campaign, T0).status).toBe('not-met');
		expect(followUpStatus(reserved(R + 15 * MIN + 1), campaign, T0).status).toBe('not-met');
	});
	it('no response: pending at the deadline ms (0 remaining), not met 1 ms later', () => {
		const deadline = R + 15 * MIN;
		expect(followUpStatus(reserved(), campaign, deadline)).toEqual({
			status: 'pending',
			deadline,
			remainingMs: 0
		});
		expect(followUpStatus(reserved(), campaign, deadline + 1)).toEqual({
			status: 'not-met',
			deadline,
			remainingMs: null
		});
		expect(followUpStatus(reserved(), campaign, T0).remainingMs).toBe(deadline - T0);
	});
});

describe('followUpStatus: callback without a reservation (24 h)', () => {
	const noSlot = (respondedAt?: number): CallbackFollowUp => ({
		id: 'c2',
		kind: 'callback',
		via: 'ivr',
		requestedAt: T0,
		...(respondedAt === undefined ? {} : { respondedAt })
	});
	it('response at requestedAt + 24 h exactly is met, 1 ms later not met', () => {
		expect(followUpStatus(noSlot(T0 + 24 * HOUR), campaign, T0).status).toBe('met');
		expect(followUpStatus(noSlot(T0 + 24 * HOUR + 1), campaign, T0).status).toBe('not-met');
	});
	it('no response: pending until the deadline ms, then not met', () => {
		expect(followUpStatus(noSlot(), campaign, T0 + 24 * HOUR).status).toBe('pending');
		expect(followUpStatus(noSlot(), campaign, T0 + 24 * HOUR + 1).status).toBe('not-met');
	});
});

describe('followUpStatus: e-mail', () => {
	const mail = (respondedAt?: number): EmailFollowUp => ({
		id: 'm1',
		kind: 'email',
		sentAt: T0,
		...(respondedAt === undefined ? {} : { respondedAt })
	});
	it('answered within the published 48 h standard is met; 1 ms over is not met', () => {
		expect(followUpStatus(mail(T0 + 48 * HOUR), campaign, T0)).toEqual({
			status: 'met',
			deadline: T0 + 48 * HOUR,
			remainingMs: null
		});
		expect(followUpStatus(mail(T0 + 48 * HOUR + 1), campaign, T0).status).toBe('not-met');
	});
	it('e-mail without a published standard is unknown-standard, never an invented deadline', () => {
		const none = buildCampaign();
		expect(followUpStatus(mail(T0 + HOUR), none, T0)).toEqual({
			status: 'unknown-standard',
			deadline: null,
			remainingMs: null
		});
	});
});

describe('followUpAnswers', () => {
	const evalWith = (...f: (CallbackFollowUp | EmailFollowUp)[]) =>
		buildEvaluation({ followUps: f });
	it('all callbacks met → A1-06 met', () => {
		const s = followUpAnswers(evalWith(reserved(R)), campaign, T0);
		expect(s).toEqual([
			{
				checkId: 'A1-06',
				value: 'met',
				reason: expect.objectContaining({ en: expect.any(String) })
			}
		]);
	});
	it('one met and one pending → no suggestion yet', () => {
		const e = evalWith(reserved(R), { ...reserved(), id: 'c9' });
		expect(followUpAnswers(e, campaign, T0)).toEqual([]);
		expect(hasPendingFollowUp(e, campaign, T0)).toBe(true);
	});
	it('one not met and one pending → not met at once', () => {
		const e = evalWith(reserved(R + 16 * MIN), { ...reserved(), id: 'c9' });
		expect(followUpAnswers(e, campaign, T0)[0]?.value).toBe('not-met');
	});
	it('e-mail with unknown standard → no A1-05 suggestion', () => {
		const e = evalWith({ id: 'm', kind: 'email', sentAt: T0, respondedAt: T0 + 1 });
		expect(followUpAnswers(e, buildCampaign(), T0)).toEqual([]);
		expect(followUpAnswers(e, campaign, T0)).toMatchObject([{ checkId: 'A1-05', value: 'met' }]);
	});
});
