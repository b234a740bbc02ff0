import { afterAll, describe, expect, it } from 'vitest';
import { existsSync, mkdtempSync, readFileSync, rmSync, unlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { eq } from 'drizzle-orm';
import { requireSession } from './access';
import type { Db } from '../db';
import {
	authChallenges,
	invites,
	members,
	orgMembers,
	organisations,
	passwords
} from '../db/schema';
import { ApiError } from '../http/errors';
import { failure } from '../../testing/api-failure';
import {
	addMember,
	addOrg,
	signedIn,
	testDatabaseKinds,
	withFreshDb
} from '../../testing/server-db';
import {
	createOrganisation,
	ensureSetupLink,
	NEW_ORG_NAME,
	SETUP_LINK_FILE,
	tokensMatch
} from './orgs';
import { authenticationOptions, passkeyLogin, registrationOptions } from './passkeys';
import { passwordLogin, setPassword } from './passwords';
import { csrfMatches, findSession, revokeSession } from './session';
import { sessionInfo } from './session-info';

const rp = { rpID: 'localhost', origin: 'http://localhost:4301' };

describe.each(testDatabaseKinds())('sign-in (%s)', (kind) => {
	let db: Db;
	withFreshDb(kind, (opened) => (db = opened));

	it('a session token replayed after sign-out finds no session (401)', async () => {
		const m = await addMember(db, '이용자');
		const { token, session } = await signedIn(db, m.id);
		expect((await sessionInfo(db, session)).member).toEqual({ id: m.id, displayName: '이용자' });
		await revokeSession(db, session.idHash);
		const replayed = await findSession(db, token);
		expect(replayed).toBeNull();
		let status = 0;
		try {
			requireSession(replayed);
		} catch (error) {
			status = (error as ApiError).status;
		}
		expect(status).toBe(401);
	});

	it('the session info lists organisations, roles and sign-in methods', async () => {
		const org = await addOrg(db, '가 기관');
		const { session } = await signedIn(db, org.owner.id);
		const info = await sessionInfo(db, session);
		expect(info.orgs).toEqual([{ id: org.id, name: '가 기관', role: 'owner' }]);
		expect(info.memberships).toEqual([]);
		expect(info.signIn).toEqual({ passkeys: 0, password: false });
		expect(info.csrf).toBe(session.csrf);
	});

	it('password: set, sign in; a wrong password and an unknown name get the same 401', async () => {
		const m = await addMember(db, '비번');
		const { session } = await signedIn(db, m.id);
		expect(
			await setPassword(db, session, { password: 'correct horse', loginName: 'bi.beon' })
		).toEqual({ loginName: 'bi.beon' });
		const [row] = await db.orm.select().from(passwords).where(eq(passwords.memberId, m.id));
		expect(row?.hash.startsWith('$argon2id$')).toBe(true);
		expect(
			await passwordLogin(db, { loginName: 'bi.beon', password: 'correct horse' }, '10.1.0.1')
		).toBe(m.id);
		const wrong = await failure(
			passwordLogin(db, { loginName: 'bi.beon', password: 'wrong horse!' }, '10.1.0.1')
		);
		const unknown = await failure(
			passwordLogin(db, { loginName: 'nobody.here', password: 'wrong horse!' }, '10.1.0.1')
		);
		expect([wrong.status, wrong.code, wrong.message]).toEqual([
			unknown.status,
			unknown.code,
			unknown.message
		]);
		expect(wrong.status).toBe(401);
		// A login name someone else holds is refused, and theirs is left alone.
		const other = await addMember(db, '다른');
		const o = await signedIn(db, other.id);
		expect(
			(
				await failure(
					setPassword(db, o.session, { password: 'another password', loginName: 'bi.beon' })
				)
			).status
		).toBe(409);
		const [still] = await db.orm.select().from(members).where(eq(members.id, other.id));
		expect(still?.userId).toBe(other.id);
	});

	it('10 failures for a name lock it (429 even with the right password); 30 lock an address', async () => {
		const m = await addMember(db, '잠김');
		const { session } = await signedIn(db, m.id);
		await setPassword(db, session, { password: 'the right one', loginName: 'locked.one' });
		for (let i = 0; i < 10; i++) {
			expect(
				(
					await failure(
						passwordLogin(db, { loginName: 'locked.one', password: `wrong-${i}-xx` }, `10.2.0.${i}`)
					)
				).status
			).toBe(401);
		}
		const limited = await failure(
			passwordLogin(db, { loginName: 'locked.one', password: 'the right one' }, '10.2.1.1')
		);
		expect(limited.status).toBe(429);
		expect(limited.code).toBe('rate-limited');
		const retry = Number(limited.headers?.['retry-after']);
		expect(retry).toBeGreaterThan(0);
		expect(retry).toBeLessThanOrEqual(15 * 60);
		// After the window the right password works again.
		const later = new Date(Date.now() + 16 * 60_000);
		expect(
			await passwordLogin(
				db,
				{ loginName: 'locked.one', password: 'the right one' },
				'10.2.1.1',
				later
			)
		).toBe(m.id);

		const ip = '10.3.0.1';
		for (let i = 0; i < 30; i++)
			await failure(passwordLogin(db, { loginName: `name-${i}`, password: 'x' }, ip));
		const byAddress = await failure(
			passwordLogin(db, { loginName: 'never.failed', password: 'x' }, ip)
		);
		expect(byAddress.status).toBe(429);
	});

	it('POST /orgs: the setup token must match; without one configured the route is off', async () => {
		const before = (await db.orm.select().from(organisations)).length;
		const input = { setupToken: 'wrong', orgName: '새 곳', displayName: '대표' };
		expect((await failure(createOrganisation(db, 'right-token', input, '10.4.0.1'))).status).toBe(
			403
		);
		expect(
			(await failure(createOrganisation(db, undefined, { ...input, setupToken: '' }, '10.4.0.1')))
				.status
		).toBe(404);
		expect((await db.orm.select().from(organisations)).length).toBe(before);
		const { orgId, memberId } = await createOrganisation(
			db,
			'right-token',
			{ ...input, setupToken: 'right-token' },
			'10.4.0.1'
		);
		const [om] = await db.orm.select().from(orgMembers).where(eq(orgMembers.orgId, orgId));
		expect(om).toEqual({ orgId, memberId, role: 'owner' });
		expect(tokensMatch('abc', 'abc')).toBe(true);
		expect(tokensMatch('abc', 'abcd')).toBe(false);
	});

	it('passkey options store a challenge; an unknown credential is 401 and counted', async () => {
		const m = await addMember(db, '패스키');
		const { session } = await signedIn(db, m.id);
		const reg = await registrationOptions(db, session, rp);
		expect(reg.rp.id).toBe('localhost');
		expect(reg.authenticatorSelection?.residentKey).toBe('required');
		const auth = await authenticationOptions(db, rp);
		expect(auth.allowCredentials ?? []).toEqual([]);
		const stored = await db.orm
			.select()
			.from(authChallenges)
			.where(eq(authChallenges.id, auth.challenge));
		expect(stored[0]?.purpose).toBe('authenticate');
		const clientDataJSON = Buffer.from(
			JSON.stringify({ type: 'webauthn.get', challenge: auth.challenge, origin: rp.origin })
		).toString('base64url');
		const answer = {
			response: {
				id: 'unknown-credential',
				rawId: 'unknown-credential',
				type: 'public-key' as const,
				response: { clientDataJSON, authenticatorData: '', signature: '' },
				clientExtensionResults: {}
			}
		};
		const refused = await failure(passkeyLogin(db, rp, answer, '10.5.0.1'));
		expect([refused.status, refused.code]).toEqual([401, 'sign-in-failed']);
		// The challenge is used up either way.
		expect(
			await db.orm.select().from(authChallenges).where(eq(authChallenges.id, auth.challenge))
		).toEqual([]);
	});
});

describe.each(testDatabaseKinds())('setup link (%s)', (kind) => {
	let db: Db;
	let dir: string;
	withFreshDb(kind, (opened) => {
		db = opened;
		dir = mkdtempSync(join(tmpdir(), 'ks1006-setup-'));
	});
	afterAll(() => rmSync(dir, { recursive: true, force: true }));

	it('is made once, kept in the data folder, remade when lost, and not once an owner exists', async () => {
		const options = { origin: 'http://localhost:4301', dataDir: dir };
		const link = await ensureSetupLink(db, options);
		expect(link).toMatch(/^http:\/\/localhost:4301\/join#[\w-]{40,}$/);
		expect(readFileSync(join(dir, SETUP_LINK_FILE), 'utf8').trim()).toBe(link);
		const [org] = await db.orm.select().from(organisations);
		expect(org?.name).toBe(NEW_ORG_NAME);
		// A second start: the same link, no second organisation or invite.
		expect(await ensureSetupLink(db, options)).toBe(link);
		expect((await db.orm.select().from(organisations)).length).toBe(1);
		expect((await db.orm.select().from(invites)).length).toBe(1);
		// The file lost: a new link, the old one retired.
		unlinkSync(join(dir, SETUP_LINK_FILE));
		const again = await ensureSetupLink(db, options);
		expect(again).not.toBe(link);
		expect(existsSync(join(dir, SETUP_LINK_FILE))).toBe(true);
		const open = (await db.orm.select().from(invites)).filter((i) => i.expiresAt > new Date());
		expect(open.length).toBe(1);
		expect((await db.orm.select().from(organisations)).length).toBe(1);
		// Once someone owns an organisation, nothing more.
		await addOrg(db);
		expect(await ensureSetupLink(db, options)).toBeUndefined();
	});
});

describe('csrfMatches', () => {
	const session = {
		idHash: 'h',
		memberId: 'm',
		displayName: 'd',
		csrf: 'token-abc',
		expiresAt: new Date()
	};
	it('accepts only the exact token', () => {
		expect(csrfMatches(session, 'token-abc')).toBe(true);
		expect(csrfMatches(session, 'token-abd')).toBe(false);
		expect(csrfMatches(session, 'token-ab')).toBe(false);
		expect(csrfMatches(session, '')).toBe(false);
		expect(csrfMatches(session, null)).toBe(false);
	});
});
