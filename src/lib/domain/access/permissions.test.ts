import { describe, expect, it } from 'vitest';
import {
	actions,
	campaignRoles,
	can,
	fields,
	invitableBy,
	mayRead,
	permissionsOf,
	roleTable,
	rolesSeeing,
	rolesThatCan,
	scopesOf,
	type RoleRules
} from './permissions';

describe('the permissions table', () => {
	it('names only known actions, fields and roles', () => {
		for (const rules of Object.values(roleTable) as RoleRules[]) {
			for (const a of rules.actions) expect(actions).toContain(a);
			for (const f of rules.fields) expect(fields).toContain(f);
			for (const r of rules.invitable) expect(campaignRoles).toContain(r);
		}
	});

	it('grants an action when any held role does', () => {
		expect(can(['coordinator'], 'evaluation.release')).toBe(true);
		expect(can(['manager'], 'evaluation.release')).toBe(false);
		expect(can(['manager', 'shopper'], 'evaluation.write')).toBe(true);
		expect(can([], 'campaign.edit')).toBe(false);
		expect(can(['no-such-role'], 'campaign.edit')).toBe(false);
		// A name that is a property of every object is not a role.
		expect(can(['toString'], 'campaign.edit')).toBe(false);
	});

	it('keeps who called, the script and the key from a center manager', () => {
		for (const f of ['shopper-identity', 'signer', 'scenario', 'change-log', 'assignments'] as const)
			expect(mayRead(['manager'], f)).toBe(false);
		expect(mayRead(['manager'], 'contact-time')).toBe(true);
		expect(mayRead(['manager'], 'notes')).toBe(true);
		expect(mayRead(['coordinator'], 'signer')).toBe(true);
	});

	it('lists the roles granting an action, in table order', () => {
		expect(rolesThatCan('calibration.rate')).toEqual(['coordinator', 'shopper']);
		expect(rolesThatCan('dispute.open')).toEqual(['manager']);
	});

	it('gives each role its scope', () => {
		expect([...scopesOf(['manager', 'shopper'])].sort()).toEqual(['own', 'released']);
		expect(scopesOf(['stranger']).size).toBe(0);
	});

	it('reads a record through the roles whose scope covers it', () => {
		const both = ['shopper', 'manager'];
		expect(rolesSeeing(both, { own: false, released: true })).toEqual(['manager']);
		expect(rolesSeeing(both, { own: true, released: true })).toEqual(both);
		expect(rolesSeeing(both, { own: false, released: false })).toEqual([]);
		expect(rolesSeeing(['coordinator'], { own: false, released: false })).toEqual(['coordinator']);
	});

	it('lets a coordinator invite shoppers and managers, an owner every role', () => {
		expect(invitableBy(['coordinator'], false).sort()).toEqual(['manager', 'shopper']);
		expect(invitableBy(['manager', 'shopper'], false)).toEqual([]);
		expect(invitableBy([], true)).toEqual(campaignRoles);
	});

	it('answers for a table with a role of its own (one entry)', () => {
		const p = permissionsOf({
			...roleTable,
			observer: { scope: 'released', actions: [], fields: [], invitable: [] }
		});
		expect(p.can(['observer'], 'center.figures')).toBe(false);
		expect(p.scopesOf(['observer'])).toEqual(new Set(['released']));
		expect(p.invitableBy([], true)).toContain('observer');
		expect(p.rolesThatCan('center.figures')).not.toContain('observer');
	});
});
