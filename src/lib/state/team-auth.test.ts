import { describe, expect, it } from 'vitest';
import { teamKo } from '$lib/i18n/team.ko';
import { TeamRequestError } from '$lib/sync/http';
import { teamErrorText } from './team-auth';

const limited = (retryAfter?: number) =>
	new TeamRequestError('refused', 429, 'rate-limited', 'Too many', undefined, retryAfter);

describe('teamErrorText: too many attempts', () => {
	it('says the wait the server asked for, in whole minutes', () => {
		expect(teamErrorText(limited(120), teamKo)).toBe(teamKo.errors.rateLimited(2));
		expect(teamErrorText(limited(61), teamKo)).toBe(teamKo.errors.rateLimited(2));
		expect(teamErrorText(limited(5), teamKo)).toBe(teamKo.errors.rateLimited(1));
	});

	it("falls back to the server's 15-minute window without Retry-After", () => {
		expect(teamErrorText(limited(), teamKo)).toBe(teamKo.errors.rateLimited(15));
	});
});
