// Passkeys (WebAuthn) with @simplewebauthn/server: a signed-in member registers one; anyone
// signs in with one without naming themselves first (discoverable credentials). Challenges
// live five minutes in auth_challenges and are used once, by whichever process gets the answer.
import {
	generateAuthenticationOptions,
	generateRegistrationOptions,
	verifyAuthenticationResponse,
	verifyRegistrationResponse,
	type AuthenticationResponseJSON,
	type PublicKeyCredentialCreationOptionsJSON,
	type PublicKeyCredentialRequestOptionsJSON,
	type RegistrationResponseJSON
} from '@simplewebauthn/server';
import { and, eq, gt, lt } from 'drizzle-orm';
import type { PasskeyAnswer } from '$lib/domain/sync/protocol';
import type { Db } from '../db';
import { authChallenges, credentials, members } from '../db/schema';
import { ApiError, invalid } from '../http/errors';
import { checkRateLimit, recordFailure, signInLimits } from './rate-limit';
import type { Session } from './session';

export const RP_NAME = 'KS S 1006 미스터리 쇼핑';
const CHALLENGE_MS = 5 * 60_000;

/** Where the request came from: the relying party is this server's host name and origin. */
export interface RelyingParty {
	rpID: string;
	origin: string;
}
export const relyingParty = (url: URL): RelyingParty => ({
	rpID: url.hostname,
	origin: url.origin
});

/** What a passkey answer must have been made for: this relying party and the challenge handed out. */
const expectedBy = (rp: RelyingParty, challenge: string) => ({
	expectedChallenge: challenge,
	expectedOrigin: rp.origin,
	expectedRPID: rp.rpID
});

const passkeyFailed = () =>
	new ApiError(401, 'sign-in-failed', 'The passkey was not accepted; try again.');

async function storeChallenge(
	db: Db,
	challenge: string,
	purpose: 'register' | 'authenticate',
	memberId: string | null,
	now: Date
) {
	await db.orm.delete(authChallenges).where(lt(authChallenges.expiresAt, now));
	await db.orm.insert(authChallenges).values({
		id: challenge,
		challenge,
		purpose,
		memberId,
		expiresAt: new Date(now.getTime() + CHALLENGE_MS)
	});
}

/** The challenge the browser signed (from its client data), taken once; undefined if unknown. */
async function takeChallenge(
	db: Db,
	answer: PasskeyAnswer['response'],
	purpose: 'register' | 'authenticate',
	now: Date
) {
	let challenge: unknown;
	try {
		const client = JSON.parse(
			Buffer.from(answer.response.clientDataJSON, 'base64url').toString('utf8')
		) as { challenge?: unknown };
		challenge = client.challenge;
	} catch {
		throw invalid('The passkey answer is unreadable.');
	}
	if (typeof challenge !== 'string' || challenge.length > 200) return undefined;
	const [row] = await db.orm
		.delete(authChallenges)
		.where(
			and(
				eq(authChallenges.id, challenge),
				eq(authChallenges.purpose, purpose),
				gt(authChallenges.expiresAt, now)
			)
		)
		.returning();
	return row;
}

/** POST /auth/passkey/register/options (signed in). */
export async function registrationOptions(
	db: Db,
	session: Session,
	rp: RelyingParty,
	now = new Date()
): Promise<PublicKeyCredentialCreationOptionsJSON> {
	const [member] = await db.orm
		.select({ userId: members.userId })
		.from(members)
		.where(eq(members.id, session.memberId));
	const existing = await db.orm
		.select({ id: credentials.id, transports: credentials.transports })
		.from(credentials)
		.where(eq(credentials.memberId, session.memberId));
	const options = await generateRegistrationOptions({
		rpName: RP_NAME,
		rpID: rp.rpID,
		userName: member?.userId ?? session.memberId,
		userID: new TextEncoder().encode(session.memberId),
		userDisplayName: session.displayName,
		attestationType: 'none',
		excludeCredentials: existing.map((c) => ({ id: c.id, transports: c.transports })),
		authenticatorSelection: { residentKey: 'required', userVerification: 'preferred' }
	});
	await storeChallenge(db, options.challenge, 'register', session.memberId, now);
	return options;
}

/** POST /auth/passkey/register/verify (signed in): stores the new passkey. */
export async function registerPasskey(
	db: Db,
	session: Session,
	rp: RelyingParty,
	input: PasskeyAnswer,
	now = new Date()
): Promise<{ passkeys: number }> {
	const stored = await takeChallenge(db, input.response, 'register', now);
	if (!stored || stored.memberId !== session.memberId) {
		throw invalid('The passkey request has expired; try again.');
	}
	let verification;
	try {
		verification = await verifyRegistrationResponse({
			response: input.response as unknown as RegistrationResponseJSON,
			...expectedBy(rp, stored.challenge),
			requireUserVerification: false
		});
	} catch (error) {
		throw invalid(`The passkey could not be registered: ${(error as Error).message}`);
	}
	if (!verification.verified) throw invalid('The passkey could not be registered.');
	const { credential } = verification.registrationInfo;
	await db.orm
		.insert(credentials)
		.values({
			id: credential.id,
			memberId: session.memberId,
			publicKey: credential.publicKey,
			counter: credential.counter,
			transports: credential.transports ?? []
		})
		.onConflictDoNothing();
	const all = await db.orm
		.select({ id: credentials.id })
		.from(credentials)
		.where(eq(credentials.memberId, session.memberId));
	return { passkeys: all.length };
}

/** POST /auth/passkey/login/options: a challenge for any passkey of this site. */
export async function authenticationOptions(
	db: Db,
	rp: RelyingParty,
	now = new Date()
): Promise<PublicKeyCredentialRequestOptionsJSON> {
	const options = await generateAuthenticationOptions({
		rpID: rp.rpID,
		allowCredentials: [],
		userVerification: 'preferred'
	});
	await storeChallenge(db, options.challenge, 'authenticate', null, now);
	return options;
}

/** POST /auth/passkey/login/verify: the member the passkey belongs to, or 401 (or 429). */
export async function passkeyLogin(
	db: Db,
	rp: RelyingParty,
	input: PasskeyAnswer,
	ip: string,
	now = new Date()
): Promise<string> {
	const limits = signInLimits(ip);
	await checkRateLimit(db, limits, now);
	const fail = async () => {
		await recordFailure(db, limits, now);
		return passkeyFailed();
	};
	const stored = await takeChallenge(db, input.response, 'authenticate', now);
	const [credential] = await db.orm
		.select()
		.from(credentials)
		.where(eq(credentials.id, input.response.id))
		.limit(1);
	if (!stored || !credential) throw await fail();
	let verification;
	try {
		verification = await verifyAuthenticationResponse({
			response: input.response as unknown as AuthenticationResponseJSON,
			...expectedBy(rp, stored.challenge),
			credential: {
				id: credential.id,
				publicKey: new Uint8Array(credential.publicKey),
				counter: credential.counter,
				transports: credential.transports
			},
			requireUserVerification: false
		});
	} catch {
		throw await fail();
	}
	if (!verification.verified) throw await fail();
	await db.orm
		.update(credentials)
		.set({ counter: verification.authenticationInfo.newCounter, lastUsedAt: now })
		.where(eq(credentials.id, credential.id));
	return credential.memberId;
}
