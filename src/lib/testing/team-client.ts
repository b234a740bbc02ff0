/**
 * A member of a team on a real team server, for tools and tests outside the browser
 * (tests/server-*.spec.ts, the server benchmark): the app's own client (`TeamApi` of
 * src/lib/sync/http.ts, the route table's entries) over a transport that keeps the session
 * cookie as a browser would, with a device key that signs pushes as the phone does.
 */
import type { Evaluation } from '../domain/record/evaluation';
import type {
	CampaignRole,
	PullItem,
	PushRequest,
	PushResponse,
	SessionInfo
} from '../domain/sync/protocol';
import { API } from '../domain/sync/route';
import { syncRoutes } from '../domain/sync/routes';
import { TeamApi, type Transport, type TransportRequest } from '../sync/http';
import { newDeviceKey, signCanonical, teamCampaign, type DeviceKeyPair } from './team-records';

const SESSION_COOKIE = 'ks_session';

/** A connection the server closed just as it was reused. */
function staleSocket(error: unknown): boolean {
	const code = (error as { cause?: { code?: string } }).cause?.code;
	return code === 'UND_ERR_SOCKET' || code === 'ECONNRESET';
}

/** Node's fetch with one cookie, the origin header a browser sends, and the CSRF token. */
class CookieTransport implements Transport {
	cookie: string | undefined;
	token: string | undefined;

	constructor(readonly origin: string) {}

	csrf(): string | undefined {
		return this.token;
	}

	async fetch(url: string, init: TransportRequest): Promise<Response> {
		const headers: Record<string, string> = { ...init.headers, origin: this.origin };
		if (this.cookie) headers.cookie = this.cookie;
		// A streamed body (an upload cut mid-way in a test) goes as it is produced.
		const streamed = init.body instanceof ReadableStream ? { duplex: 'half' } : {};
		const request = { ...init, headers, ...streamed } as RequestInit;
		let response: Response;
		for (let attempt = 0; ; attempt++) {
			try {
				response = await fetch(url, request);
				break;
			} catch (error) {
				// A read is safely sent again; a write is not (its caller decides: pushes are
				// idempotent anyway).
				const idempotent = init.method === 'GET' || init.method === 'HEAD';
				if (!idempotent || attempt >= 2 || init.signal?.aborted || !staleSocket(error)) throw error;
			}
		}
		for (const line of response.headers.getSetCookie()) {
			const [pair] = line.split(';');
			if (pair?.startsWith(`${SESSION_COOKIE}=`)) {
				this.cookie = pair.length > SESSION_COOKIE.length + 1 ? pair : undefined;
			}
		}
		return response;
	}
}

/** One signed-in person on one device. */
export class TeamClient {
	readonly api: TeamApi;
	readonly #transport: CookieTransport;
	session: SessionInfo | undefined;
	key: DeviceKeyPair | undefined;

	constructor(readonly origin: string) {
		this.#transport = new CookieTransport(origin);
		this.api = new TeamApi(this.#transport);
	}

	/**
	 * A request as sent, for tests of what the server does with hostile or unusual bodies and
	 * headers: `/api/v1{path}` with this member's cookie and CSRF token, any answer returned.
	 */
	raw(
		method: string,
		path: string,
		init: { body?: BodyInit; headers?: Record<string, string>; signal?: AbortSignal } = {}
	): Promise<Response> {
		const headers: Record<string, string> = { accept: 'application/json', ...init.headers };
		const csrf = this.#transport.csrf();
		if (csrf && method !== 'GET' && method !== 'HEAD') headers['x-csrf-token'] = csrf;
		return this.#transport.fetch(`${this.origin}${API}${path}`, {
			method,
			headers,
			body: init.body,
			signal: init.signal
		});
	}

	/** Reads GET /session and keeps its CSRF token. */
	async refreshSession(): Promise<SessionInfo> {
		this.session = await this.api.call(syncRoutes.session);
		this.#transport.token = this.session.csrf;
		return this.session;
	}

	/** Creates the organisation with the setup token and signs in as its owner. */
	async createOrg(
		setupToken: string,
		orgName = '한국서비스품질원',
		displayName = '기관 관리자'
	): Promise<{ id: string; name: string }> {
		const info = await this.api.call(syncRoutes.createOrg, {
			body: { setupToken, orgName, displayName }
		});
		this.#transport.token = info.csrf;
		const org = (await this.refreshSession()).orgs[0];
		if (!org) throw new Error('POST /orgs made no organisation');
		return org;
	}

	/** Creates (or updates) a campaign of the organisation. */
	async putCampaign(orgId: string, campaign: ReturnType<typeof teamCampaign>) {
		const out = await this.api.call(syncRoutes.putCampaign, {
			params: { id: campaign.id },
			body: { orgId, campaign }
		});
		await this.refreshSession();
		return out;
	}

	/** An invite link's token for a role in a campaign. */
	async invite(campaignId: string, role: CampaignRole, displayName?: string): Promise<string> {
		const { url } = await this.api.call(syncRoutes.createInvite, {
			params: { id: campaignId },
			body: { role, ...(displayName ? { displayName } : {}) }
		});
		const token = url.split('#')[1];
		if (!token) throw new Error(`an invite link without a token: ${url}`);
		return token;
	}

	/** Accepts an invite on this (new) client: a member and a session. */
	async accept(token: string, displayName: string): Promise<SessionInfo> {
		const info = await this.api.call(syncRoutes.acceptInvite, {
			params: { token },
			body: { displayName }
		});
		this.#transport.token = info.csrf;
		return this.refreshSession();
	}

	/** Registers a new P-256 device key for this member. */
	async registerDevice(deviceId = `dev-${crypto.randomUUID().slice(0, 8)}`) {
		const key = await newDeviceKey(deviceId);
		const out = await this.api.call(syncRoutes.registerDeviceKey, {
			body: { deviceId, publicKeyJwk: key.publicKeyJwk }
		});
		key.fingerprint = out.fingerprint;
		this.key = key;
		return key;
	}

	/** The signed body of POST /push for these records. */
	async pushBody(records: readonly Evaluation[]): Promise<PushRequest> {
		if (!this.key) throw new Error('register a device key first');
		return {
			deviceId: this.key.deviceId,
			fingerprint: this.key.fingerprint,
			signature: await signCanonical(this.key.pair.privateKey, records),
			records: [...records]
		};
	}

	/** POST /push; answers the per-record results. */
	async push(records: readonly Evaluation[]): Promise<PushResponse> {
		return this.api.call(syncRoutes.push, { body: await this.pushBody(records) });
	}

	/** Every item after `after`, page by page. */
	async pullAll(after = 0, limit = 500): Promise<{ items: PullItem[]; cursor: number }> {
		const items: PullItem[] = [];
		let cursor = after;
		for (;;) {
			const page = await this.api.call(syncRoutes.pull, { query: { after: cursor, limit } });
			items.push(...page.items);
			cursor = page.cursor;
			if (!page.more) return { items, cursor };
		}
	}
}

/** A client whose device key is registered (`registerDevice` was called). */
export type DeviceClient = TeamClient & { key: DeviceKeyPair };

/**
 * An organisation with its owner, one campaign (the owner coordinates it) and `shoppers`
 * signed-in shoppers, each with a registered device key.
 */
export async function setUpTeam(origin: string, setupToken: string, shoppers = 1) {
	const owner = new TeamClient(origin);
	const org = await owner.createOrg(setupToken);
	const campaignId = crypto.randomUUID();
	await owner.putCampaign(org.id, teamCampaign(campaignId));
	await owner.registerDevice('dev-owner');
	const phones: DeviceClient[] = [];
	for (let i = 0; i < shoppers; i++) {
		const name = `조사원 ${i + 1}`;
		const token = await owner.invite(campaignId, 'shopper', name);
		const phone = new TeamClient(origin);
		await phone.accept(token, name);
		await phone.registerDevice(`dev-${i + 1}-${crypto.randomUUID().slice(0, 6)}`);
		phones.push(phone as DeviceClient);
	}
	return { owner: owner as DeviceClient, org, campaignId, phones };
}
