import { describe, expect, it } from 'vitest';
import { reportsKo } from '$lib/i18n/reports.ko';
import { TeamRequestError } from '$lib/sync/http';
import { centerErrorText } from './center-errors';

const refused = (status: number, code: string, message = 'refused') =>
	new TeamRequestError(status === 403 ? 'forbidden' : 'refused', status, code, message);

describe('centerErrorText: the refusals of disputes and acknowledgements in words', () => {
	const t = reportsKo;
	it('a dispute after its deadline says so and that nothing was stored', () => {
		const text = centerErrorText(refused(422, 'deadline-passed'), t);
		expect(text).toBe(t.center.errors.deadline);
		expect(text).toMatch(/기한이 지나/);
		expect(text).toMatch(/저장되지 않았습니다/);
	});

	it('a second dispute of a check, a file that did not arrive, a version that moved', () => {
		expect(centerErrorText(refused(409, 'already-open'), t)).toBe(t.center.errors.alreadyOpen);
		expect(centerErrorText(refused(422, 'file-missing'), t)).toBe(t.center.errors.fileMissing);
		expect(centerErrorText(refused(409, 'version-changed'), t)).toBe(
			t.center.errors.versionChanged
		);
	});

	it('offline and forbidden are said plainly, never as a status number', () => {
		expect(centerErrorText(new TeamRequestError('offline', 0, 'offline', 'x'), t)).toBe(
			t.center.offline
		);
		const forbidden = centerErrorText(refused(403, 'forbidden'), t);
		expect(forbidden).toBe(t.team.errors.forbidden);
		expect(forbidden).not.toMatch(/403/);
	});
});
