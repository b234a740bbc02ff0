import { describe, expect, it } from 'vitest';
import {
	bundleAsJson,
	buildTestBundle,
	optionalRemovals,
	systematicCases,
	tinyJpegBase64,
	mutation as mut,
	type BadCase,
	type BundleDoc as Doc
} from '../../testing/bundles';
import { answers0, ev0, expectRejected, template0 } from '../../testing/bundle-expect';
import { parseBundle } from './parse-bundle';
import { photoIdErrors } from './photo-id';
import { generateSigningKey, signBundle, verifyBundle } from './signature';
import { bundleTrust } from './trust';

type Json = Record<string, unknown>;

const SEC = 1_756_688_400; // 2025-09-01 01:00 UTC in seconds

/** Hand-listed record mutations the systematic ones (remove / wrong type) do not cover. */
const recordCases: BadCase[] = [
	// Versions: future, zero, negative, fractional, as strings.
	...[3, 99, 0, -1, 1.5, '1', '2', null].map((v) =>
		mut(`formatVersion ${JSON.stringify(v)}`, 'formatVersion', (d) => (d.formatVersion = v))
	),
	...[4, 0, -1, 1.5, '2'].map((v) =>
		mut(`evaluation schemaVersion ${v}`, 'evaluations[0].schemaVersion', (d) => {
			ev0(d).schemaVersion = v;
		})
	),
	...[4, 0, -2].map((v) =>
		mut(`campaign schemaVersion ${v}`, 'campaigns[0].schemaVersion', (d) => {
			d.campaigns[0]!.schemaVersion = v;
		})
	),
	...[0, -1, 1.5, 10_000_000].map((v) =>
		mut(`revision ${v}`, 'evaluations[0].revision', (d) => (ev0(d).revision = v))
	),
	mut('template version 0', 'campaigns[0].template.version', (d) => (template0(d).version = 0)),
	// Wrong format tag.
	...['ks-s-1006-bundl', 'KS-S-1006-BUNDLE', '', null, 42].map((v) =>
		mut(`format ${JSON.stringify(v)}`, 'format', (d) => (d.format = v))
	),
	// Unknown or malformed check ids.
	...['B9-99', 'Z1-01', 'A1-99', 'S12-1'].map((id) =>
		mut(`unknown check id ${id}`, `evaluations[0].answers.${id}`, (d) => {
			answers0(d)[id] = { value: 'met', evidenceIds: [], answeredAt: SEC * 1000 };
		})
	),
	...['hello', '', 'a1-01', 'A1-001'].map((id) =>
		mut(`malformed check id "${id}"`, `evaluations[0].answers.${id}`, (d) => {
			answers0(d)[id] = { value: 'met', evidenceIds: [], answeredAt: SEC * 1000 };
		})
	),
	mut('unknown critical check id', 'campaigns[0].template.criticalCheckIds.0', (d) => {
		template0(d).criticalCheckIds = ['B9-99'];
	}),
	// Duplicated ids.
	mut('duplicate evaluation', 'evaluations[2].id', (d) => d.evaluations.push(ev0(d))),
	mut('duplicate campaign', 'campaigns[1].id', (d) => d.campaigns.push(d.campaigns[0]!)),
	mut('duplicate photo', 'photos[1].id', (d) => d.photos.push(d.photos[0]!)),
	mut('two evaluations, one id', 'evaluations[1].id', (d) => (d.evaluations[1]!.id = ev0(d).id)),
	// Missing references.
	mut('evaluation without its campaign', 'evaluations[0].campaignId', (d) => (d.campaigns = [])),
	mut('photo without its evaluation', 'photos[0].evaluationId', (d) => {
		d.photos[0]!.evaluationId = '00000000-0000-4000-8000-0000000000ff';
	}),
	// Oversized strings.
	mut(
		'evaluator 201 chars',
		'evaluations[0].evaluator',
		(d) => (ev0(d).evaluator = 'k'.repeat(201))
	),
	mut('scenario 501 chars', 'evaluations[0].scenario', (d) => (ev0(d).scenario = 's'.repeat(501))),
	mut('opinion 8001 chars', 'evaluations[0].overallOpinion', (d) => {
		ev0(d).overallOpinion = '가'.repeat(8001);
	}),
	mut('note 4001 chars', 'evaluations[0].answers.A1-01.note', (d) => {
		(answers0(d)['A1-01'] as Json).note = 'n'.repeat(4001);
	}),
	mut('agent name 201 chars', 'evaluations[0].agent.name', (d) => {
		ev0(d).agent = { name: 'a'.repeat(201) };
	}),
	mut('revision reason 4001', 'evaluations[0].revisionReason', (d) => {
		ev0(d).revisionReason = 'r'.repeat(4001);
	}),
	mut('change log value 8001', 'evaluations[0].changeLog.0.new', (d) => {
		(ev0(d).changeLog as Json[])[0]!.new = 'c'.repeat(8001);
	}),
	mut('center name 201', 'campaigns[0].center.name', (d) => {
		(d.campaigns[0]!.center as Json).name = 'c'.repeat(201);
	}),
	mut('app version 51', 'app.version', (d) => (d.app = { name: 'x', version: '1'.repeat(51) })),
	mut('app name 101', 'app.name', (d) => (d.app = { name: 'x'.repeat(101), version: '1' })),
	mut('photo id 101', 'photos[0].id', (d) => (d.photos[0]!.id = 'p'.repeat(101))),
	// Huge arrays.
	mut('10,001 evaluations', 'evaluations', (d) => (d.evaluations = Array(10_001).fill(0))),
	mut('1,001 campaigns', 'campaigns', (d) => (d.campaigns = Array(1001).fill(0))),
	mut('5,001 photos', 'photos', (d) => (d.photos = Array(5001).fill(0))),
	mut('1,001 answers', 'evaluations[0].answers', (d) => {
		const a = answers0(d)['A1-01'];
		ev0(d).answers = Object.fromEntries(
			Array.from({ length: 1001 }, (_, i) => [`X${i % 100}-${Math.floor(i / 100)}`, a])
		);
	}),
	mut('2,001 IVR events', 'evaluations[0].ivr.events', (d) => {
		const e = (ev0(d).ivr as { events: Json[] }).events[0];
		ev0(d).ivr = { events: Array(2001).fill(e) };
	}),
	mut('101 follow-ups', 'evaluations[0].followUps', (d) => {
		ev0(d).followUps = Array(101).fill((ev0(d).followUps as Json[])[0]);
	}),
	mut('51 evidence ids', 'evaluations[0].answers.A1-01.evidenceIds', (d) => {
		(answers0(d)['A1-01'] as Json).evidenceIds = Array(51).fill('p');
	}),
	mut('20,001 change-log entries', 'evaluations[0].changeLog', (d) => {
		ev0(d).changeLog = Array(20_001).fill({ at: SEC * 1000, old: null, new: null });
	}),
	mut('21 phone numbers', 'campaigns[0].center.phoneNumbers', (d) => {
		(d.campaigns[0]!.center as Json).phoneNumbers = Array(21).fill('1588-0000');
	}),
	// Enums and formats.
	mut('channel fax', 'evaluations[0].channel', (d) => (ev0(d).channel = 'fax')),
	mut('status done (v1 word in v2)', 'evaluations[0].status', (d) => (ev0(d).status = 'done')),
	mut('time slot dawn', 'evaluations[0].timeSlot', (d) => (ev0(d).timeSlot = 'dawn')),
	mut('answer value yes', 'evaluations[0].answers.A1-01.value', (d) => {
		(answers0(d)['A1-01'] as Json).value = 'yes';
	}),
	mut('IVR event type beep', 'evaluations[0].ivr.events.0.type', (d) => {
		(ev0(d).ivr as { events: Json[] }).events[0]!.type = 'beep';
	}),
	mut('consulted date 2025-13-01', 'evaluations[0].consultedAt.date', (d) => {
		ev0(d).consultedAt = { date: '2025-13-01', from: '10:00', to: '10:10' };
	}),
	mut('consulted time 25:00', 'evaluations[0].consultedAt.from', (d) => {
		ev0(d).consultedAt = { date: '2025-09-01', from: '25:00', to: '10:10' };
	}),
	mut('evaluation id not a uuid', 'evaluations[0].id', (d) => (ev0(d).id = 'e-1')),
	mut('empty evidence id', 'evaluations[0].answers.A1-01.evidenceIds.0', (d) => {
		(answers0(d)['A1-01'] as Json).evidenceIds = [''];
	}),
	mut('excellent below pass', 'campaigns[0].template.thresholds.excellent', (d) => {
		template0(d).thresholds = { pass: 90, excellent: 80 };
	}),
	mut('negative section weight', 'campaigns[0].template.sectionWeights.pre', (d) => {
		template0(d).sectionWeights = { pre: -1, in: 1, post: 1 };
	}),
	mut('stage weight key X1', 'campaigns[0].template.stageWeights.X1', (d) => {
		template0(d).stageWeights = { X1: 1 };
	}),
	mut('catalog standard KS S 1007', 'catalog.standard', (d) => {
		d.catalog = { standard: 'KS S 1007', criteriaDate: '2025-08-22', revision: 1 };
	}),
	mut('other criteria date', 'catalog.criteriaDate', (d) => {
		d.catalog = { standard: 'KS S 1006', criteriaDate: '2019-01-01', revision: 1 };
	}),
	// Photos.
	mut('photo mime image/gif', 'photos[0].mimeType', (d) => (d.photos[0]!.mimeType = 'image/gif')),
	mut('photo PNG declared, JPEG bytes', 'photos[0].dataBase64', (d) => {
		d.photos[0]!.mimeType = 'image/png';
	}),
	mut('photo base64url alphabet', 'photos[0].dataBase64', (d) => {
		d.photos[0]!.dataBase64 = tinyJpegBase64().replaceAll('/', '_');
	}),
	mut('photo base64 with whitespace', 'photos[0].dataBase64', (d) => {
		d.photos[0]!.dataBase64 = tinyJpegBase64().slice(0, 8) + '\n' + tinyJpegBase64().slice(8);
	}),
	mut('photo base64 too short', 'photos[0].dataBase64', (d) => (d.photos[0]!.dataBase64 = '/9j/')),
	mut('photo over 8 MB', 'photos[0].dataBase64', (d) => {
		d.photos[0]!.dataBase64 = '/9j/' + 'A'.repeat(11_184_812);
	}),
	...[0, -1, 1.5, 20_001].map((w) =>
		mut(`photo width ${w}`, 'photos[0].width', (d) => (d.photos[0]!.width = w))
	),
	// Signature present but malformed.
	mut('signature without value', 'signature.value', (d) => {
		d.signature = { algorithm: 'ECDSA-P256-SHA256', publicKeyJwk: {}, fingerprint: '' };
	}),
	mut('signature RSA', 'signature.algorithm', (d) => (d.signature = { algorithm: 'RSA' })),
	// Dates in seconds instead of milliseconds.
	mut('bundle createdAt in seconds', 'createdAt', (d) => (d.createdAt = SEC)),
	mut(
		'evaluation createdAt in seconds',
		'evaluations[0].createdAt',
		(d) => (ev0(d).createdAt = SEC)
	),
	mut('evaluation updatedAt in seconds', 'evaluations[1].updatedAt', (d) => {
		d.evaluations[1]!.updatedAt = SEC;
	}),
	mut('answeredAt in seconds', 'evaluations[0].answers.A1-01.answeredAt', (d) => {
		(answers0(d)['A1-01'] as Json).answeredAt = SEC;
	}),
	mut('IVR event at in seconds', 'evaluations[0].ivr.events.2.at', (d) => {
		(ev0(d).ivr as { events: Json[] }).events[2]!.at = SEC;
	}),
	mut('callback requestedAt in seconds', 'evaluations[0].followUps.0.requestedAt', (d) => {
		(ev0(d).followUps as Json[])[0]!.requestedAt = SEC;
	}),
	mut('change log at in seconds', 'evaluations[0].changeLog.0.at', (d) => {
		(ev0(d).changeLog as Json[])[0]!.at = SEC;
	}),
	mut('campaign updatedAt in seconds', 'campaigns[0].updatedAt', (d) => {
		d.campaigns[0]!.updatedAt = SEC;
	}),
	mut('photo createdAt in seconds', 'photos[0].createdAt', (d) => (d.photos[0]!.createdAt = SEC)),
	mut('createdAt after 2200', 'createdAt', (d) => (d.createdAt = 8e12)),
	// Duplicate ids inside one record (screens address these items by id).
	...[
		[1, 0],
		[4, 2],
		[2, 1]
	].map(([later, earlier]) =>
		mut(
			`IVR event ${later} repeats event ${earlier}'s id`,
			`evaluations[0].ivr.events.${later}.id`,
			(d) => {
				const events = (ev0(d).ivr as { events: Json[] }).events;
				events[later!]!.id = events[earlier!]!.id;
			}
		)
	),
	mut('two follow-ups, one id', 'evaluations[0].followUps.1.id', (d) => {
		const f = ev0(d).followUps as Json[];
		f.push({ ...f[0]!, kind: 'email', sentAt: SEC * 1000 + 1, via: undefined });
	}),
	mut('three follow-ups, one id', 'evaluations[0].followUps.2.id', (d) => {
		ev0(d).followUps = Array(3).fill((ev0(d).followUps as Json[])[0]);
	}),
	// Padding: megabytes in fields this app does not know.
	...[
		['top level', 'pad', (d: Doc) => (d.pad = 'p'.repeat(2 * 1024 * 1024))],
		[
			'an evaluation',
			'evaluations[1].blob',
			(d: Doc) => (d.evaluations[1]!.blob = 'b'.repeat(100_000))
		],
		['a photo', 'photos[0].thumbnail', (d: Doc) => (d.photos[0]!.thumbnail = 'A'.repeat(100_000))],
		[
			'the signature',
			'signature.comment',
			(d: Doc) => (d.signature = { comment: 'c'.repeat(70_000) })
		],
		[
			'an answer',
			'evaluations[0].answers.A1-01.x',
			(d: Doc) => {
				(answers0(d)['A1-01'] as Json).x = 'x'.repeat(65_537);
			}
		]
	].map(([where, path, fn]) =>
		mut(`one long unknown field in ${where as string}`, path as string, fn as (d: Doc) => void)
	),
	mut('many short unknown fields (300 KB in all)', 'evaluations[0].extra', (d) => {
		ev0(d).extra = Array.from({ length: 3000 }, (_, i) => ({ ['k' + i]: 'v'.repeat(90) }));
	}),
	mut('a known text 100,000 characters long', 'evaluations[0].overallOpinion', (d) => {
		ev0(d).overallOpinion = '가'.repeat(100_000);
	}),
	// Rewrites that would make a copy look newer than its history: versions follow the log.
	...[3, 4, 1_000_000].map((v) =>
		mut(`version jump to ${v} without log entries`, 'evaluations[0].version', (d) => {
			ev0(d).version = v;
			ev0(d).baseVersion = v - 1;
		})
	),
	mut('baseVersion not version − 1', 'evaluations[0].baseVersion', (d) => {
		ev0(d).baseVersion = 0;
	}),
	mut('change-log entries renumbered', 'evaluations[0].changeLog.1.version', (d) => {
		(ev0(d).changeLog as Json[])[1]!.version = 7;
	}),
	mut('last entry by another device than deviceId', 'evaluations[0].deviceId', (d) => {
		ev0(d).deviceId = 'd-someone-else';
	}),
	// Photos are addressed by content in format 2; a borrowed or made-up id is refused.
	mut('photo id not a content hash', 'photos[0].id', (d) => (d.photos[0]!.id = 'photo-1')),
	// A format-2 file relabelled as format 1 to pass as an old unsigned file.
	mut('format 2 records relabelled format 1', 'evaluations[0].schemaVersion', (d) => {
		delete d.signature;
		d.formatVersion = 1;
	})
];

describe('gates that removing or rewriting parts of a file cannot pass', () => {
	it('a signed format-2 file with its signature removed reads altered, never unsigned', async () => {
		const keys = await generateSigningKey();
		const signed = bundleAsJson(await signBundle(buildTestBundle(), keys));
		expect(bundleTrust(await verifyBundle(signed), 2).trust).toBe('verified');
		const edited = structuredClone(signed) as Doc;
		(answers0(edited)['A1-01'] as Json).value = 'not-met';
		expect(bundleTrust(await verifyBundle(edited), 2).trust).toBe('altered');
		delete edited.signature;
		const parsed = parseBundle(JSON.stringify(edited));
		if (!parsed.ok) throw new Error('expected to parse');
		expect(bundleTrust(await verifyBundle(parsed.raw), parsed.bundle.formatVersion)).toEqual({
			trust: 'altered',
			signatureMissing: true
		});
	});

	it('a photo whose bytes do not hash to its id is refused', async () => {
		const doc = bundleAsJson() as Doc;
		const parsed = parseBundle(JSON.stringify(doc));
		if (!parsed.ok) throw new Error('expected to parse');
		expect(await photoIdErrors(parsed.bundle.photos)).toEqual([]);
		const other = { ...parsed.bundle.photos[0]!, dataBase64: tinyJpegBase64().replace('A', 'B') };
		expect(await photoIdErrors([other])).toEqual([
			{ path: 'photos[0].id', message: 'does not match the photo’s content hash' }
		]);
	});
});

const systematic = systematicCases();

describe('parseBundle rejects generated bad bundles', () => {
	it('at least 200 generated cases, and the valid original parses', () => {
		expect(systematic.length + recordCases.length).toBeGreaterThanOrEqual(200);
		expect(parseBundle(JSON.stringify(bundleAsJson())).ok).toBe(true);
	});

	it.each(systematic.map((c) => [c.name, c] as const))('%s', (_name, c) => expectRejected(c));

	it.each(recordCases.map((c) => [c.name, c] as const))('%s', (_name, c) => expectRejected(c));

	it.each(optionalRemovals().map((c) => [c.name, c] as const))(
		'optional field: %s still parses',
		(_name, c) => {
			expect(parseBundle(c.text).ok).toBe(true);
		}
	);
});
