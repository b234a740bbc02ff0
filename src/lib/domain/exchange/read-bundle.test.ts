import { describe, expect, it } from 'vitest';
import { bundleAsJson, buildTestBundle } from '../../testing/bundles';
import { generateSigningKey, signBundle } from './signature';
import { readBundleBlob, readBundleText, refuseBySize } from './read-bundle';

const MiB = 1024 * 1024;

describe('refuseBySize', () => {
	it('refuses a file over 40 MB with its size and the limit, and lets one at the limit pass', () => {
		expect(refuseBySize(40 * MiB)).toBeNull();
		expect(refuseBySize(45 * MiB)).toEqual({
			ok: false,
			errors: [{ path: '(file)', message: 'file is 45 MB; the limit is 40 MB' }],
			errorCount: 1,
			tooLarge: { bytes: 45 * MiB, maxBytes: 40 * MiB }
		});
	});
});

describe('readBundleBlob', () => {
	it('a file over the limit is refused without reading a byte of it', async () => {
		const unreadable = {
			size: 41 * MiB,
			text: () => Promise.reject(new Error('read'))
		} as unknown as Blob;
		const res = await readBundleBlob(unreadable);
		expect(res).toMatchObject({ ok: false, tooLarge: { bytes: 41 * MiB } });
	});

	it('a signed bundle is parsed and verified, and the result survives structured cloning', async () => {
		const key = await generateSigningKey();
		const signed = await signBundle(buildTestBundle(), key);
		const res = await readBundleBlob(new Blob([JSON.stringify(signed)]));
		expect(res.ok).toBe(true);
		if (!res.ok) return;
		expect(res.verification).toEqual({
			state: 'verified',
			fingerprint: signed.signature!.fingerprint
		});
		expect(res.bundle.evaluations).toHaveLength(2);
		expect(res).not.toHaveProperty('raw');
		expect(structuredClone(res)).toEqual(res);
	});

	it('errors come back as a list with paths (padding in a 2 MB file)', async () => {
		const doc = bundleAsJson();
		doc.filler = 'f'.repeat(2 * MiB);
		const res = await readBundleText(JSON.stringify(doc));
		expect(res).toEqual({
			ok: false,
			errors: [
				{
					path: 'filler',
					message:
						'is a text of more than 65536 characters; no text in a bundle is longer (photos aside)'
				}
			],
			errorCount: 1
		});
	});
});
