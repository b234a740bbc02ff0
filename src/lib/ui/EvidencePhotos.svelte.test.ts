import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { render } from 'vitest-browser-svelte';
import { wipeDatabase } from '$lib/testing/database';
import EvidencePhotos from './EvidencePhotos.svelte';

/** A picture the camera could have taken: 400 × 300 px of colour. */
async function picture(): Promise<File> {
	const canvas = new OffscreenCanvas(400, 300);
	const g = canvas.getContext('2d')!;
	g.fillStyle = '#2a6';
	g.fillRect(0, 0, 400, 300);
	g.fillStyle = '#fff';
	g.fillRect(50, 50, 100, 80);
	const blob = await canvas.convertToBlob({ type: 'image/png' });
	return new File([blob], 'photo.png', { type: 'image/png' });
}

async function choose(file: File) {
	const input = document.querySelector<HTMLInputElement>('input[type=file]')!;
	const transfer = new DataTransfer();
	transfer.items.add(file);
	input.files = transfer.files;
	input.dispatchEvent(new Event('change', { bubbles: true }));
}

const props = () => ({
	checkId: 'A1-01',
	evaluationId: crypto.randomUUID(),
	evidenceIds: [],
	disabled: false,
	onadd: () => Promise.resolve(),
	onremove: () => Promise.resolve(true)
});

describe('EvidencePhotos', () => {
	const put = IDBObjectStore.prototype.put;
	beforeEach(wipeDatabase);
	afterEach(async () => {
		IDBObjectStore.prototype.put = put;
		await wipeDatabase();
	});

	it('a photo that does not fit says why after the colon: the device storage is full, and what to do', async () => {
		// Chromium's quota error may carry no message at all.
		IDBObjectStore.prototype.put = function () {
			throw new DOMException('', 'QuotaExceededError');
		};
		const { locator: screen } = await render(EvidencePhotos, props());
		await choose(await picture());
		const alert = screen.getByRole('alert');
		await expect.element(alert).toHaveTextContent(/^사진을 저장하지 못했습니다: \S/);
		await expect.element(alert).toHaveTextContent('이 기기의 저장 공간이 가득 찼습니다');
		await expect.element(alert).toHaveTextContent('사진이 있는 평가를 내보낸 뒤 사진을 지우거나');
	});

	it('a photo that fits is stored and shown', async () => {
		let added = '';
		const { locator: screen } = await render(EvidencePhotos, {
			...props(),
			onadd: (id: string) => {
				added = id;
				return Promise.resolve();
			}
		});
		await choose(await picture());
		await expect.poll(() => added).toMatch(/^sha256-[0-9a-f]{64}$/);
		expect(screen.getByRole('alert').query()).toBeNull();
	});
});
