/**
 * A tiny in-memory team server for browser tests of the phone's sync: it answers the wire
 * contract of src/lib/domain/sync/protocol.ts (session, device keys, campaigns, push, pull,
 * blobs) through a replaced `fetch`, checks push signatures, and can be told to fail in the
 * ways a real network does (no answer, an answer lost after the work was done, 401).
 */
import type { Assignment } from '$lib/domain/programme/records';
import { fingerprintOf, relateHistories } from '$lib/domain/exchange';
import type { Campaign, Evaluation } from '$lib/domain/record';
import { unstorableIn } from '$lib/domain/base/text';
import { verifyCanonical } from './team-records';
import type {
	PullItem,
	PushResult,
	RegisterDeviceKey,
	SessionInfo
} from '$lib/domain/sync/protocol';

interface Held {
	seq: number;
	evaluation: Evaluation;
	signer?: PullItem['signer'];
}

export interface LoggedRequest {
	method: string;
	path: string;
	headers: Record<string, string>;
	body?: unknown;
}

export class FakeTeamServer {
	records = new Map<string, Held>();
	blobs = new Map<string, Uint8Array>();
	campaigns: Campaign[] = [];
	keys: { fingerprint: string; jwk: RegisterDeviceKey['publicKeyJwk']; deviceId: string }[] = [];
	/** The member's assignments, answered in each campaign's programme snapshot. */
	assignments: Assignment[] = [];
	/** Campaigns the member may push to (as a shopper). */
	shopperOf = new Set<string>();
	log: LoggedRequest[] = [];
	seq = 0;
	/** Items per pull page (a server may send fewer than asked). */
	pageSize = 500;
	/** Every request fails as if the network were gone. */
	offline = false;
	/** Every request is answered 401. */
	signedOut = false;
	/** Release instants answered with pulled items, by evaluation id. */
	released = new Map<string, number>();
	/** GET /blobs/… is answered 403 (the reader may not read what names the blob). */
	refuseBlobs = false;
	/** The next request whose "METHOD path?query" starts with this is done, but its answer is lost. */
	loseAnswerOf: string | undefined;

	readonly fetch = async (input: RequestInfo | URL, init: RequestInit = {}): Promise<Response> => {
		const url = new URL(String(input), 'http://phone.test');
		const path = url.pathname.replace(/^\/api\/v1/, '');
		const method = init.method ?? 'GET';
		const headers = Object.fromEntries(
			Object.entries((init.headers ?? {}) as Record<string, string>).map(([k, v]) => [
				k.toLowerCase(),
				v
			])
		);
		let body: unknown;
		if (typeof init.body === 'string') body = JSON.parse(init.body);
		else if (init.body instanceof Blob) body = new Uint8Array(await init.body.arrayBuffer());
		this.log.push({ method, path: path + url.search, headers, body });
		if (this.offline) throw new TypeError('Failed to fetch');
		if (this.signedOut) return json(401, { error: 'signed-out', message: 'Sign in again.' });
		const response = await this.answer(method, path, url.searchParams, headers, body);
		const label = `${method} ${path}${url.search}`;
		if (this.loseAnswerOf && label.startsWith(this.loseAnswerOf)) {
			this.loseAnswerOf = undefined;
			throw new TypeError('Failed to fetch');
		}
		return response;
	};

	/** Requests as "METHOD path" lines, for assertions. */
	requests(): string[] {
		return this.log.map((r) => `${r.method} ${r.path}`);
	}

	/** Stores a version as if another member's device had pushed it. */
	hold(evaluation: Evaluation, signer?: PullItem['signer']): void {
		this.records.set(evaluation.id, { seq: ++this.seq, evaluation, signer });
	}

	private async answer(
		method: string,
		path: string,
		query: URLSearchParams,
		headers: Record<string, string>,
		body: unknown
	): Promise<Response> {
		if (method === 'GET' && path === '/session') {
			const info: SessionInfo = {
				member: { id: 'm1', displayName: '김평가' },
				csrf: 'csrf-1',
				orgs: [],
				memberships: [],
				signIn: { passkeys: 0, password: true }
			};
			return json(200, info);
		}
		if (method !== 'GET' && method !== 'HEAD' && headers['x-csrf-token'] !== 'csrf-1') {
			return json(403, { error: 'csrf', message: 'missing CSRF token' });
		}
		if (method === 'POST' && path === '/device-keys') {
			const { deviceId, publicKeyJwk } = body as RegisterDeviceKey;
			const fingerprint = await fingerprintOf(publicKeyJwk);
			this.keys.push({ fingerprint, jwk: publicKeyJwk, deviceId });
			return json(201, { fingerprint });
		}
		if (method === 'GET' && path === '/device-keys') {
			return json(200, {
				keys: this.keys.map((k) => ({
					fingerprint: k.fingerprint,
					memberId: 'm1',
					displayName: '김평가',
					revoked: false
				}))
			});
		}
		if (method === 'GET' && path === '/campaigns') {
			return json(200, {
				campaigns: this.campaigns.map((campaign) => ({
					campaign,
					orgId: 'o1',
					roles: ['shopper'],
					version: 1
				}))
			});
		}
		const programme = /^\/campaigns\/([^/]+)\/programme$/.exec(path);
		if (method === 'GET' && programme) {
			const campaignId = programme[1]!;
			return json(200, {
				campaignId,
				fetchedAt: 0,
				disputeDays: 14,
				scenarios: [],
				plan: null,
				assignments: this.assignments.filter((a) => a.campaignId === campaignId),
				reviews: [],
				disputes: []
			});
		}
		if (method === 'POST' && path === '/push') return this.push(body as PushBody);
		if (method === 'GET' && path === '/pull') {
			const after = Number(query.get('after') ?? 0);
			const limit = Math.min(Number(query.get('limit') ?? 500), this.pageSize);
			const newer = [...this.records.values()]
				.filter((h) => h.seq > after)
				.sort((a, b) => a.seq - b.seq);
			const page = newer.slice(0, limit);
			const items: PullItem[] = page.map((h) => ({
				seq: h.seq,
				campaignId: h.evaluation.campaignId,
				evaluation: h.evaluation,
				complete: true,
				...(h.signer ? { signer: h.signer } : {}),
				...(this.released.has(h.evaluation.id)
					? { releasedAt: this.released.get(h.evaluation.id) }
					: {})
			}));
			return json(200, {
				items,
				cursor: page.at(-1)?.seq ?? after,
				more: newer.length > page.length
			});
		}
		const blob = /^\/blobs\/([0-9a-f]{64})$/.exec(path)?.[1];
		if (blob && method === 'HEAD') {
			const held = this.blobs.get(blob);
			return held
				? new Response(null, {
						status: 200,
						headers: { 'upload-offset': String(held.length) }
					})
				: new Response(null, { status: 404 });
		}
		if (blob && method === 'GET') {
			if (this.refuseBlobs) return json(403, { error: 'forbidden', message: 'not yours' });
			const held = this.blobs.get(blob);
			return held
				? new Response(held.slice(), {
						status: 200,
						headers: { 'content-type': 'application/octet-stream' }
					})
				: json(404, { error: 'not-found', message: 'no such blob' });
		}
		if (blob && method === 'PUT') {
			const range = /^bytes (\d+)-(\d+)\/(\d+)$/.exec(headers['content-range'] ?? '');
			const bytes = body as Uint8Array;
			const held = this.blobs.get(blob) ?? new Uint8Array();
			if (!range || Number(range[1]) !== held.length) {
				return json(409, { error: 'offset', message: `expected offset ${held.length}` });
			}
			const next = new Uint8Array(held.length + bytes.length);
			next.set(held);
			next.set(bytes, held.length);
			this.blobs.set(blob, next);
			return new Response(null, {
				status: 200,
				headers: { 'upload-offset': String(next.length) }
			});
		}
		return json(404, { error: 'not-found', message: `${method} ${path}` });
	}

	private async push(body: PushBody): Promise<Response> {
		const key = this.keys.find((k) => k.fingerprint === body.fingerprint);
		if (!key) return json(403, { error: 'unknown-key', message: 'unknown device key' });
		const ok = await verifyCanonical(key.jwk, body.signature, body.records);
		if (!ok) return json(422, { error: 'signature', message: 'bad signature' });
		const results = body.records.map((e): PushResult => {
			const base = { id: e.id, version: e.version, missingBlobs: [] as string[] };
			if (!this.shopperOf.has(e.campaignId)) {
				return { ...base, status: 403, message: 'not a shopper of this campaign' };
			}
			// The team server's text rule: this record alone is refused.
			const unstorable = unstorableIn(e);
			if (unstorable) {
				return {
					...base,
					status: 422,
					message: `${unstorable.path.join('.')}: ${unstorable.message}`
				};
			}
			const held = this.records.get(e.id);
			const signer = { fingerprint: key.fingerprint, memberId: 'm1', displayName: '김평가' };
			let status: 200 | 201 = 201;
			if (held) {
				const relation = relateHistories(held.evaluation, e);
				if (relation === 'diverged') {
					return { ...base, status: 409, server: held.evaluation, message: 'conflict' };
				}
				if (relation === 'descends') this.hold(e, signer);
				else status = 200;
			} else this.hold(e, signer);
			const wanted = [
				...Object.values(e.answers).flatMap((a) => a.evidenceIds),
				...(e.recordings ?? []).map((r) => r.copyId)
			];
			return { ...base, status, missingBlobs: wanted.filter((id) => !this.complete(id)) };
		});
		return json(200, { results });
	}

	/** Whether a photo or recording copy (`sha256-…`) arrived whole (the fake has no sizes: any bytes count). */
	private complete(photoId: string): boolean {
		return this.blobs.has(photoId.replace(/^sha256-/, ''));
	}
}

interface PushBody {
	deviceId: string;
	fingerprint: string;
	signature: string;
	records: Evaluation[];
}

function json(status: number, body: unknown): Response {
	return new Response(JSON.stringify(body), {
		status,
		headers: { 'content-type': 'application/json' }
	});
}
