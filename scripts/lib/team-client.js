// A small client of the team server for the server tests (tests/server-*.spec.ts) and the
// server benchmark (scripts/bench-server.js): it starts `node build/index.js` on a free port
// with its own data, signs in as a phone does (session cookie + CSRF header), registers a
// P-256 device key with node's WebCrypto, signs pushes, pulls, uploads photos, and builds valid
// schema-3 records. Plain JavaScript so that node runs it without a build step.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const API = '/api/v1';

/** The scoring template a new campaign starts with (checked against the app's own). */
export const DEFAULT_TEMPLATE = JSON.parse(
	readFileSync(new URL('./default-template.json', import.meta.url), 'utf8')
);

/** A free TCP port on 127.0.0.1. @returns {Promise<number>} */
export function freePort() {
	return new Promise((resolve, reject) => {
		const server = createServer();
		server.once('error', reject);
		server.listen(0, '127.0.0.1', () => {
			const address = server.address();
			const port = typeof address === 'object' && address ? address.port : 0;
			server.close(() => resolve(port));
		});
	});
}

/** @param {number} ms */
export const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * @typedef {object} ServerOptions
 * @property {string} dataDir the embedded database's folder (also used with PostgreSQL)
 * @property {string} [databaseUrl] postgres://… instead of the embedded database
 * @property {string} [setupToken] SETUP_TOKEN: creates the first organisation
 * @property {number} [port] a fixed port (default: a free one)
 * @property {Record<string, string>} [env] more environment
 * @property {number} [timeoutMs] how long to wait for /api/v1/health
 * @property {string[]} [nodeArgs] options for node itself (e.g. --cpu-prof)
 */

/**
 * @typedef {object} RunningServer
 * @property {string} origin
 * @property {number} port
 * @property {import('node:child_process').ChildProcess} child
 * @property {() => string} output what the server printed so far
 * @property {(signal?: NodeJS.Signals) => Promise<void>} stop
 */

/**
 * Starts the built app (`node build/index.js`) and waits until /api/v1/health answers.
 * @param {ServerOptions} options
 * @returns {Promise<RunningServer>}
 */
export async function startServer(options) {
	const port = options.port ?? (await freePort());
	const origin = `http://127.0.0.1:${port}`;
	/** @type {Record<string, string>} */
	const env = {
		...filteredEnv(),
		PORT: String(port),
		HOST: '127.0.0.1',
		ORIGIN: origin,
		DATA_DIR: options.dataDir,
		...(options.setupToken ? { SETUP_TOKEN: options.setupToken } : {}),
		...(options.databaseUrl ? { DATABASE_URL: options.databaseUrl } : {}),
		...options.env
	};
	const child = spawn(process.execPath, [...(options.nodeArgs ?? []), 'build/index.js'], {
		cwd: ROOT,
		env,
		stdio: ['ignore', 'pipe', 'pipe']
	});
	let output = '';
	const keep = (/** @type {Buffer} */ chunk) => {
		output = (output + chunk.toString()).slice(-20_000);
	};
	child.stdout?.on('data', keep);
	child.stderr?.on('data', keep);
	const exited = new Promise((resolve) => child.once('exit', resolve));

	const deadline = Date.now() + (options.timeoutMs ?? 120_000);
	for (;;) {
		if (child.exitCode !== null || child.signalCode !== null) {
			throw new Error(`the server stopped before answering:\n${output}`);
		}
		try {
			const response = await fetch(`${origin}${API}/health`);
			if (response.ok) break;
		} catch {
			// not listening yet
		}
		if (Date.now() > deadline) {
			child.kill('SIGKILL');
			throw new Error(`the server did not answer /api/v1/health in time:\n${output}`);
		}
		await sleep(100);
	}
	return {
		origin,
		port,
		child,
		output: () => output,
		async stop(signal = 'SIGTERM') {
			if (child.exitCode !== null || child.signalCode !== null) return;
			child.kill(signal);
			const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
			await exited;
			clearTimeout(timer);
		}
	};
}

/** The environment without the parent's database settings (each server gets its own). */
function filteredEnv() {
	/** @type {Record<string, string>} */
	const out = {};
	for (const [key, value] of Object.entries(process.env)) {
		if (value === undefined) continue;
		if (['DATABASE_URL', 'DATABASE_READ_URL', 'DATA_DIR', 'SETUP_TOKEN', 'PORT'].includes(key)) {
			continue;
		}
		out[key] = value;
	}
	return out;
}

// ---------------------------------------------------------------------------------------------
// Canonical JSON and signatures (the same rules as src/lib/domain/exchange/canonical.ts).

/** @param {unknown} value @returns {string} */
export function canonicalize(value) {
	if (value === null) return 'null';
	switch (typeof value) {
		case 'boolean':
			return value ? 'true' : 'false';
		case 'string':
			return JSON.stringify(value);
		case 'number':
			if (!Number.isFinite(value)) throw new TypeError(`cannot canonicalize ${String(value)}`);
			return String(value);
		case 'object':
			break;
		default:
			throw new TypeError(`cannot canonicalize a ${typeof value}`);
	}
	if (Array.isArray(value)) {
		return '[' + value.map((item) => canonicalize(item)).join(',') + ']';
	}
	const record = /** @type {Record<string, unknown>} */ (value);
	const parts = [];
	for (const key of Object.keys(record).sort()) {
		const item = record[key];
		if (item === undefined) continue;
		parts.push(JSON.stringify(key) + ':' + canonicalize(item));
	}
	return '{' + parts.join(',') + '}';
}

const ECDSA = { name: 'ECDSA', namedCurve: 'P-256' };
const SIGN = { name: 'ECDSA', hash: 'SHA-256' };

/**
 * A device's signing key: the key pair, its public JWK and its fingerprint.
 * @param {string} deviceId
 */
export async function newDeviceKey(deviceId) {
	const pair = /** @type {CryptoKeyPair} */ (
		await crypto.subtle.generateKey(ECDSA, false, ['sign', 'verify'])
	);
	const jwk = await crypto.subtle.exportKey('jwk', pair.publicKey);
	const publicKeyJwk = {
		kty: /** @type {const} */ ('EC'),
		crv: /** @type {const} */ ('P-256'),
		x: String(jwk.x),
		y: String(jwk.y)
	};
	return { deviceId, pair, publicKeyJwk, fingerprint: await fingerprintOf(publicKeyJwk) };
}

/**
 * SHA-256 of the canonical JWK, first 8 bytes in upper-case hex, four groups.
 * @param {{crv: string, kty: string, x: string, y: string}} jwk
 */
export async function fingerprintOf(jwk) {
	const { crv, kty, x, y } = jwk;
	const digest = new Uint8Array(
		await crypto.subtle.digest(
			'SHA-256',
			new TextEncoder().encode(canonicalize({ crv, kty, x, y }))
		)
	);
	const hex = Buffer.from(digest.subarray(0, 8)).toString('hex').toUpperCase();
	return /** @type {string[]} */ (hex.match(/.{4}/g)).join(' ');
}

/**
 * Base64 of the ECDSA P-256 / SHA-256 signature over the canonical JSON of `value`.
 * @param {CryptoKey} privateKey
 * @param {unknown} value
 */
export async function signCanonical(privateKey, value) {
	const bytes = new TextEncoder().encode(canonicalize(value));
	const raw = await crypto.subtle.sign(SIGN, privateKey, bytes);
	return Buffer.from(raw).toString('base64');
}

/** @param {Uint8Array<ArrayBuffer>} bytes */
export async function sha256Hex(bytes) {
	return Buffer.from(await crypto.subtle.digest('SHA-256', bytes)).toString('hex');
}

// ---------------------------------------------------------------------------------------------
// Records

/** 2025-09-01 10:00 in Seoul. */
export const T0 = Date.UTC(2025, 8, 1, 1, 0, 0);

const CHECKS = [
	'A1-01',
	'A1-02',
	'A1-06',
	'B1-01',
	'B1-02',
	'B1-03',
	'B1-06',
	'B1-07',
	'B3-01',
	'B3-02',
	'B4-01',
	'B5-01',
	'C1-01'
];
const VALUES = ['met', 'met', 'met', 'partial', 'not-met', 'na'];

/**
 * A campaign body (schema 3) with the default template.
 * @param {string} id
 * @param {string} [name]
 */
export function buildCampaign(id, name = '테스트 고객센터') {
	return {
		schemaVersion: 3,
		id,
		center: { name, phoneNumbers: ['1588-0000'], channels: [] },
		template: structuredClone(DEFAULT_TEMPLATE),
		createdAt: T0,
		updatedAt: T0
	};
}

/**
 * A final phone evaluation (schema 3) whose version and change log agree: created, a few
 * answers, finalized. `edits` adds that many answer changes after it (version + edits).
 * @param {{id: string, campaignId: string, deviceId: string, n?: number, edits?: number, evidence?: string[]}} input
 */
export function buildEvaluation({ id, campaignId, deviceId, n = 0, edits = 0, evidence = [] }) {
	const at = T0 + n * 60_000;
	/** @type {any[]} */
	const changeLog = [
		{
			version: 1,
			at,
			by: deviceId,
			field: 'created',
			old: null,
			new: { channel: 'phone', timeSlot: 'morning', evaluator: '김평가' }
		}
	];
	/** @type {Record<string, any>} */
	const answers = {};
	CHECKS.forEach((checkId, i) => {
		const value = VALUES[(n + i) % VALUES.length];
		answers[checkId] = {
			value,
			evidenceIds: i === 0 ? evidence : [],
			answeredAt: at + (i + 1) * 1000
		};
		changeLog.push({
			version: changeLog.length + 1,
			at: at + (i + 1) * 1000,
			by: deviceId,
			field: 'answer',
			checkId,
			old: null,
			new: value
		});
	});
	if (evidence.length > 0) {
		changeLog.push({
			version: changeLog.length + 1,
			at: at + 20_000,
			by: deviceId,
			field: 'evidence',
			checkId: CHECKS[0],
			old: [],
			new: evidence
		});
	}
	changeLog.push({
		version: changeLog.length + 1,
		at: at + 30_000,
		by: deviceId,
		field: 'status',
		old: 'draft',
		new: 'final'
	});
	let record = {
		schemaVersion: 3,
		id,
		campaignId,
		version: changeLog.length,
		baseVersion: changeLog.length - 1,
		deviceId,
		evaluator: '김평가',
		channel: 'phone',
		scenario: '카드 분실 신고',
		timeSlot: 'morning',
		status: 'final',
		revision: 1,
		answers,
		ivr: { events: [] },
		followUps: [],
		scoredWith: structuredClone(DEFAULT_TEMPLATE),
		createdAt: at,
		updatedAt: at + 30_000,
		changeLog
	};
	for (let i = 0; i < edits; i++) record = editEvaluation(record, deviceId, i);
	return record;
}

/**
 * The next version of a record: one note added to its first answer (one change-log entry).
 * @template {{version: number, answers: Record<string, any>, changeLog: any[]}} E
 * @param {E} record
 * @param {string} deviceId
 * @param {number} [k]
 * @returns {E}
 */
export function editEvaluation(record, deviceId, k = 0) {
	const version = record.version + 1;
	const at = T0 + 86_400_000 + version * 1000;
	const checkId = Object.keys(record.answers)[0] ?? 'A1-01';
	const note = `메모 ${version}-${k}`;
	const before = record.answers[checkId]?.note ?? null;
	return {
		...record,
		version,
		baseVersion: version - 1,
		deviceId,
		updatedAt: at,
		answers: { ...record.answers, [checkId]: { ...record.answers[checkId], note } },
		changeLog: [
			...record.changeLog,
			{ version, at, by: deviceId, field: 'note', checkId, old: before, new: note }
		]
	};
}

/** A v4-shaped UUID. */
export const uuid = () => crypto.randomUUID();

// ---------------------------------------------------------------------------------------------
// The client

export class ApiFailure extends Error {
	/**
	 * @param {number} status
	 * @param {string} text
	 * @param {string} what
	 */
	constructor(status, text, what) {
		super(`${what} → ${status}: ${text.slice(0, 500)}`);
		this.status = status;
		this.text = text;
	}
}

/** @param {unknown} error */
function staleSocket(error) {
	const cause = /** @type {{cause?: {code?: string}}} */ (error).cause;
	return cause?.code === 'UND_ERR_SOCKET' || cause?.code === 'ECONNRESET';
}

/**
 * One signed-in person on one device: a cookie jar of one cookie, the CSRF token, and a key.
 */
export class TeamClient {
	/** @param {string} origin */
	constructor(origin) {
		this.origin = origin;
		/** @type {string | undefined} */
		this.cookie = undefined;
		/** @type {string | undefined} */
		this.csrf = undefined;
		/** @type {any} */
		this.session = undefined;
		/** @type {Awaited<ReturnType<typeof newDeviceKey>> | undefined} */
		this.key = undefined;
	}

	/**
	 * A raw request to /api/v1{path}; keeps the session cookie it is given.
	 * @param {string} method
	 * @param {string} path
	 * @param {{json?: unknown, body?: any, headers?: Record<string, string>, signal?: AbortSignal, duplex?: 'half'}} [init]
	 */
	async raw(method, path, init = {}) {
		/** @type {Record<string, string>} */
		const headers = { accept: 'application/json', origin: this.origin, ...init.headers };
		if (this.cookie) headers.cookie = this.cookie;
		if (this.csrf && method !== 'GET' && method !== 'HEAD') headers['x-csrf-token'] = this.csrf;
		let body = init.body;
		if (init.json !== undefined) {
			headers['content-type'] = 'application/json';
			body = JSON.stringify(init.json);
		}
		/** @type {any} */
		const request = { method, headers, body, signal: init.signal };
		if (init.duplex) request.duplex = init.duplex;
		const url = `${this.origin}${API}${path}`;
		let response;
		for (let attempt = 0; ; attempt++) {
			try {
				response = await fetch(url, request);
				break;
			} catch (error) {
				// A kept-alive connection the server closed just as it was reused: a read is safely
				// sent again. A write is not: its caller decides (pushes are idempotent anyway).
				const idempotent = method === 'GET' || method === 'HEAD';
				if (!idempotent || attempt >= 2 || init.signal?.aborted || !staleSocket(error)) throw error;
			}
		}
		for (const line of response.headers.getSetCookie()) {
			const [pair] = line.split(';');
			if (pair?.startsWith('ks_session=')) {
				const value = pair.slice('ks_session='.length);
				this.cookie = value ? pair : undefined;
			}
		}
		return response;
	}

	/**
	 * A JSON request that must succeed (2xx); answers the parsed body.
	 * @param {string} method
	 * @param {string} path
	 * @param {unknown} [json]
	 * @returns {Promise<any>}
	 */
	async call(method, path, json) {
		const response = await this.raw(method, path, json === undefined ? {} : { json });
		const text = await response.text();
		if (!response.ok) throw new ApiFailure(response.status, text, `${method} ${path}`);
		return text ? JSON.parse(text) : undefined;
	}

	/** Reads GET /session and keeps its CSRF token. */
	async refreshSession() {
		this.session = await this.call('GET', '/session');
		this.csrf = this.session.csrf;
		return this.session;
	}

	/**
	 * Creates the organisation with SETUP_TOKEN and signs in as its owner.
	 * @param {string} setupToken
	 * @param {string} [orgName]
	 * @param {string} [displayName]
	 */
	async createOrg(setupToken, orgName = '한국서비스품질원', displayName = '기관 관리자') {
		const info = await this.call('POST', '/orgs', { setupToken, orgName, displayName });
		if (info?.csrf) this.csrf = info.csrf;
		await this.refreshSession();
		const org = this.session.orgs[0];
		if (!org) throw new Error('POST /orgs made no organisation');
		return /** @type {{id: string, name: string}} */ (org);
	}

	/**
	 * Creates (or updates) a campaign.
	 * @param {string} orgId
	 * @param {ReturnType<typeof buildCampaign>} campaign
	 */
	async putCampaign(orgId, campaign) {
		const out = await this.call('PUT', `/campaigns/${campaign.id}`, { orgId, campaign });
		await this.refreshSession();
		return out;
	}

	/**
	 * An invite link's token for a role in a campaign.
	 * @param {string} campaignId
	 * @param {'coordinator' | 'shopper' | 'manager'} role
	 * @param {string} [displayName]
	 */
	async invite(campaignId, role, displayName) {
		const { url } = await this.call('POST', `/campaigns/${campaignId}/invites`, {
			role,
			...(displayName ? { displayName } : {})
		});
		const token = String(url).split('#')[1];
		if (!token) throw new Error(`an invite link without a token: ${url}`);
		return token;
	}

	/**
	 * Accepts an invite on this (new) client: a member and a session.
	 * @param {string} token
	 * @param {string} displayName
	 */
	async accept(token, displayName) {
		const info = await this.call('POST', `/invites/${encodeURIComponent(token)}/accept`, {
			displayName
		});
		if (info?.csrf) this.csrf = info.csrf;
		return this.refreshSession();
	}

	/**
	 * Registers a new P-256 device key for this member.
	 * @param {string} [deviceId]
	 */
	async registerDevice(deviceId = `dev-${uuid().slice(0, 8)}`) {
		this.key = await newDeviceKey(deviceId);
		const out = await this.call('POST', '/device-keys', {
			deviceId,
			publicKeyJwk: this.key.publicKeyJwk
		});
		if (out?.fingerprint && out.fingerprint !== this.key.fingerprint) {
			this.key.fingerprint = out.fingerprint;
		}
		return this.key;
	}

	/**
	 * The signed body of POST /push for these records.
	 * @param {unknown[]} records
	 */
	async pushBody(records) {
		if (!this.key) throw new Error('register a device key first');
		return {
			deviceId: this.key.deviceId,
			fingerprint: this.key.fingerprint,
			signature: await signCanonical(this.key.pair.privateKey, records),
			records
		};
	}

	/**
	 * POST /push; answers the per-record results.
	 * @param {unknown[]} records
	 * @returns {Promise<{results: {id: string, version: number, status: number, missingBlobs: string[], message?: string}[]}>}
	 */
	async push(records) {
		return this.call('POST', '/push', await this.pushBody(records));
	}

	/**
	 * Every item after `after`, page by page.
	 * @param {number} [after]
	 * @param {number} [limit]
	 * @returns {Promise<{items: any[], cursor: number, pages: number}>}
	 */
	async pullAll(after = 0, limit = 500) {
		/** @type {any[]} */
		const items = [];
		let cursor = after;
		let pages = 0;
		for (;;) {
			const page = await this.call('GET', `/pull?after=${cursor}&limit=${limit}`);
			pages++;
			items.push(...page.items);
			cursor = page.cursor;
			if (!page.more) return { items, cursor, pages };
		}
	}
}

/**
 * An organisation with its owner, one campaign (the owner coordinates it) and `shoppers`
 * signed-in shoppers, each with a registered device key.
 * @param {string} origin
 * @param {string} setupToken
 * @param {number} shoppers
 */
export async function setUpTeam(origin, setupToken, shoppers = 1) {
	const owner = new TeamClient(origin);
	const org = await owner.createOrg(setupToken);
	const campaignId = uuid();
	await owner.putCampaign(org.id, buildCampaign(campaignId));
	await owner.registerDevice('dev-owner');
	/** @type {TeamClient[]} */
	const phones = [];
	for (let i = 0; i < shoppers; i++) {
		const token = await owner.invite(campaignId, 'shopper', `조사원 ${i + 1}`);
		const phone = new TeamClient(origin);
		await phone.accept(token, `조사원 ${i + 1}`);
		await phone.registerDevice(`dev-${i + 1}-${uuid().slice(0, 6)}`);
		phones.push(phone);
	}
	return { owner, org, campaignId, phones };
}
