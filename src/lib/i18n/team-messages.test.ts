import { describe, expect, it } from 'vitest';
import { teamKo } from './team.ko';

describe('the team messages in Korean', () => {
	it('never write 기관 after an organisation name (the setup names it "새 기관")', () => {
		expect(teamKo.join.invitedOrg('새 기관', teamKo.roleAs.owner)).toBe(
			'새 기관에 기관 관리자로 초대되었습니다.'
		);
		expect(
			teamKo.join.invitedCampaign('한국서비스품질원', '가나 고객센터', teamKo.roleAs.shopper)
		).toBe('한국서비스품질원의 가나 고객센터 캠페인에 상담 평가원으로 초대되었습니다.');
	});

	it('put no particle after a name that changes with its last sound (을/를, 이/가, 은/는)', () => {
		const names = ['김민지', '박준', 'Lee', '새 기관'];
		const messages = Object.values(teamKo).flatMap((group) =>
			Object.values(group).filter((m): m is (...a: string[]) => string => typeof m === 'function')
		);
		for (const message of messages) {
			for (const name of names) {
				const text = message(name, name, name, name);
				expect(text, text).not.toMatch(new RegExp(`${name}(을|를|이|가|은|는|과|와)(\\s|$)`));
			}
		}
	});
});
