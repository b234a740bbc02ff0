/**
 * Joining and signing in to the team server: invites, organisation setup, passkeys (via
 * @simplewebauthn/browser) and the password fallback. Each success is kept as the device's
 * team link; each failure reaches the person as one sentence (`teamErrorText`).
 */
import { startAuthentication, startRegistration } from '@simplewebauthn/browser';
import type {
	AcceptInvite,
	CreateOrg,
	PasskeyAnswer,
	PasswordLogin,
	SessionInfo,
	SetPassword
} from '$lib/domain/sync/protocol';
import { syncRoutes as routes } from '$lib/domain/sync/routes';
import type { ReportMessages } from '$lib/i18n';
import { call, TeamRequestError } from '$lib/sync/http';
import { rememberJoined } from '$lib/storage/invite-links';
import { team } from './team.svelte';
import { refusalOf } from './refusals';

type PublicKeyOptions = Parameters<typeof startRegistration>[0]['optionsJSON'];
type RequestOptions = Parameters<typeof startAuthentication>[0]['optionsJSON'];
/** The browser's WebAuthn answer, sent as it is (the server's library reads it in depth). */
const answerOf = (response: object) => ({ response }) as PasskeyAnswer;

export const readInvite = (token: string) => call(routes.invite, { params: { token } });

/** Accepts an invite; this device remembers it, so reopening the link says "already joined". */
export async function acceptInvite(token: string, body: AcceptInvite): Promise<SessionInfo> {
	const info = await call(routes.acceptInvite, { params: { token }, body });
	rememberJoined(token);
	await team.adopt(info);
	return info;
}

export async function createOrg(body: CreateOrg): Promise<SessionInfo> {
	const info = await call(routes.createOrg, { body });
	await team.adopt(info);
	return info;
}

/** Registers a passkey on this device for the signed-in member. */
export async function registerPasskey(): Promise<void> {
	const options = await call(routes.passkeyRegisterOptions);
	const response = await startRegistration({
		optionsJSON: options as unknown as PublicKeyOptions
	});
	await call(routes.passkeyRegisterVerify, { body: answerOf(response) });
}

/** Signs in with any passkey of this site the device holds. */
export async function signInWithPasskey(): Promise<SessionInfo> {
	const options = await call(routes.passkeyLoginOptions);
	const response = await startAuthentication({
		optionsJSON: options as unknown as RequestOptions
	});
	const info = await call(routes.passkeyLoginVerify, { body: answerOf(response) });
	await team.adopt(info);
	return info;
}

export const setPassword = (body: SetPassword) => call(routes.setPassword, { body });

export async function signInWithPassword(body: PasswordLogin): Promise<SessionInfo> {
	const info = await call(routes.passwordLogin, { body });
	await team.adopt(info);
	return info;
}

/** The server's refusal codes for joining and signing in, and the message that says each. */
const TEAM_REFUSALS = {
	'invite-used': 'used',
	'invite-expired': 'expired',
	'invite-revoked': 'revoked',
	'login-name-taken': 'loginNameTaken',
	'setup-disabled': 'setupDisabled'
} as const satisfies Record<string, keyof ReportMessages['team']['errors']>;

/** A team request's failure as a sentence for the person. */
export function teamErrorText(
	error: unknown,
	t: ReportMessages['team'],
	via: 'passkey' | 'other' = 'other'
): string {
	if (!(error instanceof TeamRequestError)) {
		const name = error instanceof Error ? error.name : '';
		if (name === 'NotAllowedError' || name === 'AbortError') return t.passkey.cancelled;
		return t.errors.other(error instanceof Error ? error.message : String(error));
	}
	const refusal = refusalOf(error.code, TEAM_REFUSALS);
	if (refusal) return t.errors[refusal];
	if (error.kind === 'offline') return t.errors.offline;
	// The server says how long its limit lasts; 15 minutes is its window when it does not.
	if (error.status === 429)
		return t.errors.rateLimited(Math.max(1, Math.ceil((error.retryAfter ?? 900) / 60)));
	if (error.status === 404 && error.code === 'not-found') return t.errors.unknown;
	if (error.code === 'sign-in-failed') {
		return via === 'passkey' ? t.errors.passkeyRefused : t.errors.wrongCredentials;
	}
	if (error.kind === 'signed-out') return t.errors.signedOut;
	if (error.kind === 'forbidden') return t.errors.forbidden;
	return t.errors.other(error.message);
}
