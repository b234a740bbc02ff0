import { readFileSync } from 'node:fs';
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
		for (const f of [
			'shopper-identity',
			'signer',
			'scenario',
			'change-log',
			'assignments'
		] as const)
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

describe('docs/programme.md', () => {
	const doc = readFileSync(new URL('../../../../docs/programme.md', import.meta.url), 'utf8');
	/** The rows of the markdown table whose header starts with `first`, by their first cell. */
	function table(first: string): { header: string[]; rows: Map<string, string[]> } {
		const lines = doc.split('\n');
		const at = lines.findIndex((l) => l.startsWith(`| ${first} `));
		const cells = (l: string) =>
			l
				.split('|')
				.slice(1, -1)
				.map((c) => c.trim());
		const header = cells(lines[at]!);
		const rows = new Map<string, string[]>();
		for (const l of lines.slice(at + 2)) {
			if (!l.startsWith('|')) break;
			const row = cells(l);
			rows.set(row[0]!.replaceAll('`', ''), row);
		}
		return { header, rows };
	}
	const columns = (header: string[]) => campaignRoles.map((r) => header.indexOf(r));

	it('has a column per role in the scope, field and action tables', () => {
		for (const first of ['Scope', 'Field', 'Action'])
			expect(columns(table(first).header)).not.toContain(-1);
	});

	it('states each role’s scope, fields and actions as the table does', () => {
		const scope = table('Scope');
		const field = table('Field');
		const action = table('Action');
		campaignRoles.forEach((role, i) => {
			expect(scope.rows.get('scope')![columns(scope.header)[i]!]).toBe(roleTable[role].scope);
			for (const f of fields) {
				const cell = field.rows.get(f)?.[columns(field.header)[i]!];
				expect(cell, `${role} × ${f}`).toBe(mayRead([role], f) ? 'yes' : 'no');
			}
			for (const a of actions) {
				const cell = action.rows.get(a)?.[columns(action.header)[i]!];
				expect(cell, `${role} × ${a}`).toBe(can([role], a) ? 'yes' : '');
			}
		});
	});
});
