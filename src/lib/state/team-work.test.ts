import { describe, expect, it } from 'vitest';
import { evaluatorFor, showsShopperWork } from './team-work';

const member = (...roles: ('shopper' | 'coordinator' | 'manager')[]) => ({
	displayName: '김평가',
	memberships: roles.map((role, i) => ({ campaignId: `c${i}`, role }))
});

describe('evaluatorFor', () => {
	it('keeps the name typed last on a solo phone', () => {
		expect(evaluatorFor(undefined, '이solo')).toBe('이solo');
		expect(evaluatorFor(undefined, '')).toBe('');
	});

	it("takes a shopper's account name over the one typed last", () => {
		expect(evaluatorFor(member('shopper'), '')).toBe('김평가');
		expect(evaluatorFor(member('shopper'), '예전 이름')).toBe('김평가');
		expect(evaluatorFor(member('manager', 'shopper'), '')).toBe('김평가');
	});

	it('leaves it to a member whose roles write no evaluation', () => {
		expect(evaluatorFor(member('coordinator'), '박코디')).toBe('박코디');
		expect(evaluatorFor(member('manager'), '')).toBe('');
	});

	it('ignores a blank account name', () => {
		expect(evaluatorFor({ ...member('shopper'), displayName: '  ' }, '이전')).toBe('이전');
	});
});

describe('showsShopperWork', () => {
	it('shows it on a solo phone and to a member with no role yet', () => {
		expect(showsShopperWork(undefined)).toBe(true);
		expect(showsShopperWork(member())).toBe(true);
	});

	it('shows it to a shopper, also one holding another role', () => {
		expect(showsShopperWork(member('shopper'))).toBe(true);
		expect(showsShopperWork(member('manager', 'shopper'))).toBe(true);
	});

	it('hides it from a center manager and a coordinator', () => {
		expect(showsShopperWork(member('manager'))).toBe(false);
		expect(showsShopperWork(member('coordinator'))).toBe(false);
	});
});
