import { describe, expect, it } from 'vitest';
import { buildEvaluation, T0 } from '../../testing/builders';
import { answer } from '../editing/answers';
import { deleteEvaluation } from '../editing/lifecycle';
import type { Evaluation } from '../record/evaluation';
import { planPulled } from './pull';

const base = buildEvaluation({ status: 'draft', values: { 'A1-01': 'met' } }); // by d-test
const item = (evaluation: Evaluation, signed = true) => ({
	seq: 1,
	campaignId: evaluation.campaignId,
	evaluation,
	complete: true,
	...(signed
		? { signer: { fingerprint: 'AAAA BBBB CCCC DDDD', memberId: 'm1', displayName: '김평가' } }
		: {})
});

describe('an item pulled from the team server', () => {
	it('unknown here: stored, with the signer as origin when made on another device', () => {
		const r = planPulled(
			item(base),
			undefined,
			{ deviceId: 'd-phone', memberId: 'm-coordinator' },
			T0 + 5
		);
		expect(r.action).toBe('store');
		expect(r.action === 'store' && r.evaluation.origin).toEqual({
			importedAt: T0 + 5,
			trust: 'verified',
			signerFingerprint: 'AAAA BBBB CCCC DDDD',
			signerName: '김평가'
		});
		const unsigned = planPulled(
			item(base, false),
			undefined,
			{ deviceId: 'd-phone', memberId: 'm-coordinator' },
			T0
		);
		expect(unsigned.action === 'store' && unsigned.evaluation.origin?.trust).toBe('unknown-signer');
	});

	it('made by the team server for a coordinator (no device signature): never "verified", names them', () => {
		const r = planPulled(
			{ ...item(base, false), madeBy: { memberId: 'm-coordinator', displayName: '박코디' } },
			undefined,
			{ deviceId: 'd-manager', memberId: 'm-manager' },
			T0 + 5
		);
		expect(r.action === 'store' && r.evaluation.origin).toEqual({
			importedAt: T0 + 5,
			trust: 'unsigned',
			signerName: '박코디'
		});
	});

	it('to a center manager: vouched for by the programme, naming no signer', () => {
		const { signer: _signer, ...withheld } = item(base);
		const manager = { deviceId: 'd-manager', memberId: 'm-manager' };
		const r = planPulled({ ...withheld, programme: 'verified' }, undefined, manager, T0 + 5);
		expect(r.action === 'store' && r.evaluation.origin).toEqual({
			importedAt: T0 + 5,
			trust: 'verified',
			vouchedBy: 'programme'
		});
	});

	it("the shopper's own record from their other device: stored without an origin, editable", () => {
		const r = planPulled(item(base), undefined, { deviceId: 'd-tablet', memberId: 'm1' }, T0);
		expect(r.action === 'store' && r.evaluation.origin).toBeUndefined();
	});

	it('made here: stored without an origin, so it stays editable', () => {
		const r = planPulled(
			item(base),
			undefined,
			{ deviceId: 'd-test', memberId: 'm-coordinator' },
			T0
		);
		expect(r.action === 'store' && r.evaluation.origin).toBeUndefined();
	});

	it('a later version of the same history replaces; the same or an older one is skipped', () => {
		const later = answer(base, 'A1-02', 'met', { at: T0 + 9, by: 'd-coord' });
		expect(
			planPulled(item(later), base, { deviceId: 'd-test', memberId: 'm-coordinator' }, T0).action
		).toBe('store');
		expect(
			planPulled(item(base), base, { deviceId: 'd-test', memberId: 'm-coordinator' }, T0).action
		).toBe('skip');
		expect(
			planPulled(item(base), later, { deviceId: 'd-test', memberId: 'm-coordinator' }, T0).action
		).toBe('skip');
	});

	it('two different edits of a common base are a conflict with the server copy', () => {
		const mine = answer(base, 'A1-02', 'met', { at: T0 + 9, by: 'd-test' });
		const theirs = answer(base, 'A1-02', 'not-met', { at: T0 + 8, by: 'd-coord' });
		expect(
			planPulled(item(theirs), mine, { deviceId: 'd-test', memberId: 'm-coordinator' }, T0)
		).toEqual({
			action: 'conflict',
			server: theirs
		});
	});

	it('a tombstone deletes a held copy and is skipped for a record never held', () => {
		const gone = deleteEvaluation(base, { at: T0 + 9, by: 'd-coord' });
		const r = planPulled(item(gone), base, { deviceId: 'd-test', memberId: 'm-coordinator' }, T0);
		expect(r.action).toBe('store');
		expect(r.action === 'store' && r.evaluation.deleted).toEqual({ at: T0 + 9, by: 'd-coord' });
		expect(
			planPulled(item(gone), undefined, { deviceId: 'd-test', memberId: 'm-coordinator' }, T0)
				.action
		).toBe('skip');
	});
});
