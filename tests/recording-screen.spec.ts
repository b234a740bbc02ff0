import { expect, test, type Page } from '@playwright/test';
import { encodeWav } from '../src/lib/domain/recording/copy';
import { createCampaign, goToStage, startEvaluation } from './fixtures';
import { goOffline, shareToApp, waitForServiceWorker } from './offline-helpers';

// The recording screen on a small phone: attach a call recording made in code, play and seek
// it, mute a stretch, place the IVR events at the playhead and confirm them; and a recording
// shared into the app (the share target) while offline.
test.use({ viewport: { width: 360, height: 780 } });

const RATE = 8000;

/** A mono 16-bit WAV (the app's own writer): each part a tone (Hz) or silence (0) of seconds. */
function wav(parts: [hz: number, seconds: number][]): Buffer {
	const samples: number[] = [];
	for (const [hz, seconds] of parts) {
		for (let i = 0; i < Math.round(seconds * RATE); i++) {
			samples.push(hz === 0 ? 0 : 0.37 * Math.sin((2 * Math.PI * hz * i) / RATE));
		}
	}
	return Buffer.from(encodeWav(Float32Array.from(samples), RATE));
}

/** 20 s: ringback, a greeting, a key tone, music on hold, the agent, silence. */
const CALL = wav([
	[425, 1],
	[0, 1],
	[300, 8],
	[0, 1],
	[697, 0.2],
	[0, 1.8],
	[440, 3],
	[250, 3],
	[0, 1]
]);

const shot = (page: Page, name: string) =>
	page.screenshot({ path: `test-results/recording-screen/${name}.png`, fullPage: true });

/** Moves the playhead to a whole second with the waveform's keys (Home, then → per second). */
async function seekTo(page: Page, second: number) {
	const wave = page.getByRole('slider', { name: /파형/ });
	await wave.focus();
	await wave.press('Home');
	for (let i = 0; i < second; i++) await wave.press('ArrowRight');
	await expect(page.getByLabel('재생 위치', { exact: true })).toHaveText(
		`0:${String(second).padStart(2, '0')}.0`
	);
}

test('attach, play and seek, mute a stretch, place and confirm the IVR events → the figures on review', async ({
	page
}) => {
	test.setTimeout(120_000);
	await createCampaign(page, { name: '한빛카드 고객센터' });
	await startEvaluation(page);
	await goToStage(page, 'IVR');
	await page.getByRole('link', { name: /녹음으로 측정/ }).tap();
	await expect(page.getByRole('heading', { name: '통화 녹음', exact: true })).toBeVisible();
	await expect(page.getByText('아직 붙인 녹음이 없습니다.')).toBeVisible();
	await shot(page, '1-empty');

	// A file that is not sound is refused with a message, and nothing is attached.
	await page.getByLabel('녹음 파일 고르기').setInputFiles({
		name: 'notes.txt',
		mimeType: 'text/plain',
		buffer: Buffer.from('not audio')
	});
	await expect(page.getByRole('alert')).toHaveText(/'notes.txt'은\(는\) 소리 파일이 아닙니다/);
	await expect(page.getByText('아직 붙인 녹음이 없습니다.')).toBeVisible();

	await page.getByLabel('녹음 파일 고르기').setInputFiles({
		name: 'call.wav',
		mimeType: 'audio/wav',
		buffer: CALL
	});
	await expect(
		page.getByRole('status').filter({ hasText: "'call.wav'을(를) 붙였습니다." })
	).toBeVisible();
	await expect(
		page.getByRole('button', { name: /call\.wav.*파일에서 고름 · 길이 0:20\.0/ })
	).toBeVisible();
	const position = page.getByLabel('재생 위치', { exact: true });
	await expect(position).toHaveText('0:00.0');

	// Tap the middle of the waveform: the playhead goes to about 10 s; ±5 s from there.
	const wave = page.getByRole('slider', { name: /파형/ });
	const box = (await wave.boundingBox())!;
	await wave.tap({ position: { x: box.width / 2, y: box.height / 2 } });
	await expect(position).toHaveText(/^0:(09|10)\.\d$/);
	await seekTo(page, 10);
	await page.getByRole('button', { name: '5초 앞으로' }).tap();
	await expect(position).toHaveText('0:15.0');
	await page.getByRole('button', { name: '5초 뒤로' }).tap();
	await expect(position).toHaveText('0:10.0');
	await page.getByRole('button', { name: '1.5×' }).tap();
	await expect(page.getByRole('button', { name: '1.5×' })).toHaveAttribute('aria-pressed', 'true');
	// Play: the playhead moves on; pause stops it.
	await page.getByRole('button', { name: '재생', exact: true }).tap();
	await expect(page.getByRole('button', { name: '일시정지' })).toBeVisible();
	await expect.poll(async () => (await position.textContent()) ?? '').not.toBe('0:10.0');
	await page.getByRole('button', { name: '일시정지' }).tap();
	await expect(page.getByRole('button', { name: '재생', exact: true })).toBeVisible();
	await shot(page, '2-attached');

	// Mute 0:03–0:05 (a card number said aloud) at the playhead and save it.
	await seekTo(page, 3);
	await page.getByRole('button', { name: '여기부터 무음' }).tap();
	await expect(page.getByText('0:03.0부터 — 끝을 정하세요')).toBeVisible();
	await seekTo(page, 5);
	await page.getByRole('button', { name: '여기까지 무음' }).tap();
	await expect(page.getByRole('button', { name: '0:03.0–0:05.0 구간 삭제' })).toBeVisible();
	await page.getByRole('button', { name: '무음 구간 저장' }).tap();
	await expect(page.getByText('무음 구간을 저장했습니다.')).toBeVisible();
	await expect(
		page.getByText('다른 사람은 이 구간을 무음으로 듣습니다.', { exact: false })
	).toBeVisible();

	// The IVR events at the playhead: dial 0 s, greeting 2–10 s (placed at 9 s, moved +1 s),
	// key 1 at 11 s, agent request 12 s, agent answer 14 s, end 19 s.
	const add = page.getByRole('group', { name: '재생 위치에 이벤트 추가' });
	const events = page
		.getByRole('list')
		.filter({ has: page.getByRole('listitem', { name: /전화 걸기/ }) });
	await seekTo(page, 0);
	await add.getByRole('button', { name: '전화 걸기' }).tap();
	await seekTo(page, 2);
	await add.getByRole('button', { name: '안내 시작' }).tap();
	await seekTo(page, 9);
	await add.getByRole('button', { name: '안내 끝' }).tap();
	await page
		.getByRole('listitem', { name: '안내 끝 0:09.0' })
		.getByRole('button', { name: '1초 늦추기', exact: true })
		.tap();
	await expect(page.getByRole('listitem', { name: '안내 끝 0:10.0' })).toBeVisible();
	await seekTo(page, 11);
	await page.getByRole('group', { name: '누른 키' }).getByRole('button', { name: '메뉴 1' }).tap();
	await seekTo(page, 12);
	await add.getByRole('button', { name: '상담사 요청' }).tap();
	// Placed at the wrong moment, then moved to the playhead.
	await add.getByRole('button', { name: '상담사 연결' }).tap();
	await seekTo(page, 14);
	await page
		.getByRole('listitem', { name: '상담사 연결 0:12.0' })
		.getByRole('button', { name: '지금 위치로' })
		.tap();
	await seekTo(page, 19);
	await add.getByRole('button', { name: '통화 종료' }).tap();
	// One placed by mistake and removed.
	await add.getByRole('button', { name: '대기 안내' }).tap();
	await page
		.getByRole('listitem', { name: '대기 안내 0:19.0' })
		.getByRole('button', { name: '삭제' })
		.tap();
	await expect(events.getByRole('listitem')).toHaveText([
		/0:00\.0\s*전화 걸기/,
		/0:02\.0\s*안내 시작/,
		/0:10\.0\s*안내 끝/,
		/0:11\.0\s*메뉴 1/,
		/0:12\.0\s*상담사 요청/,
		/0:14\.0\s*상담사 연결/,
		/0:19\.0\s*통화 종료/
	]);
	await shot(page, '3-timeline');

	// Nothing tapped on the stopwatch and the file's start unknown: the start time is asked.
	await expect(page.getByLabel('녹음 시작 시각')).toBeVisible();
	await page.getByRole('button', { name: '타임라인 확정' }).tap();
	await expect(page.getByText('녹음에서 측정한 이벤트 7개를 IVR 기록에 넣었습니다.')).toBeVisible();
	const figures = page.getByRole('region', { name: '측정 결과' });
	// Greeting 2 → 10 s; key 1 in menu 1 and the agent asked for in menu 2; agent at 14 s of a
	// call dialled at 0 s and ended at 19 s.
	for (const figure of [
		'초기 안내 8초',
		'메뉴 깊이 2단계',
		'상담사 연결까지 14초',
		'통화 시간 19초'
	])
		await expect(figures).toContainText(figure);
	await expect(page.getByRole('button', { name: '타임라인 다시 확정' })).toBeVisible();
	await shot(page, '4-confirmed');

	// The IVR stage lists them with the recording as their source; review shows the figures.
	await goToStage(page, 'IVR');
	await expect(page.getByRole('link', { name: /녹음으로 측정 · 녹음 1개/ })).toBeVisible();
	await expect(page.getByRole('region', { name: '기록' }).getByText('· 녹음')).toHaveCount(7);
	await goToStage(page, '검토');
	const review = page.getByRole('region', { name: '측정 결과' });
	for (const figure of [
		'초기 안내 8초',
		'메뉴 깊이 2단계',
		'상담사 연결까지 14초',
		'통화 시간 19초'
	])
		await expect(review).toContainText(figure);
	await expect(page.getByRole('link', { name: '통화 녹음 · 녹음 1개' })).toBeVisible();
	// The change log reads the recording, the mutes and the events from audio in words.
	await page.getByText(/변경 기록/).tap();
	await expect(page.getByText("녹음 'call.wav' (0:20.0)")).toBeVisible();
	await expect(page.getByText('무음 0:03.0–0:05.0')).toBeVisible();
	await expect(page.getByText('사유: 녹음에서 측정').first()).toBeVisible();
	await shot(page, '5-review');
	// All of it was stored: after a reload the figures and the recording are still there.
	await expect(page.getByText('저장하지 못했습니다')).toHaveCount(0);
	await page.reload();
	for (const figure of ['초기 안내 8초', '상담사 연결까지 14초'])
		await expect(page.getByRole('region', { name: '측정 결과' })).toContainText(figure);
	await expect(page.getByRole('link', { name: '통화 녹음 · 녹음 1개' })).toBeVisible();
});

test('a recording shared into the app offline lands on the pick page and attaches to the evaluation picked', async ({
	page,
	context
}) => {
	test.setTimeout(90_000);
	await page.goto('/');
	await waitForServiceWorker(page);
	await createCampaign(page, { name: '공유 고객센터' });
	await startEvaluation(page, { scenario: '카드 분실 신고' });
	await goOffline(context);

	// The share sheet posts the file to /share as a form (the manifest's share_target).
	await shareToApp(page, 'shared.wav', CALL, 'audio/wav');

	await expect(page).toHaveURL(/\/share$/);
	await expect(page.getByRole('heading', { name: '받은 파일: shared.wav' })).toBeVisible();
	await expect(page.getByRole('heading', { name: '어느 평가에 붙일까요?' })).toBeVisible();
	await expect(page.getByText('공유 고객센터')).toBeVisible();
	await shot(page, '6-share-pick');
	await page.getByRole('link', { name: '이 평가에 붙이기' }).tap();

	await expect(
		page.getByRole('status').filter({ hasText: "'shared.wav'을(를) 붙였습니다." })
	).toBeVisible();
	await expect(
		page.getByRole('button', { name: /shared\.wav.*공유로 받음 · 길이 0:20\.0/ })
	).toBeVisible();
	await shot(page, '7-shared-attached');

	// Taken once: a reload attaches nothing again, and the inbox is empty.
	await page.reload();
	await expect(page.getByRole('button', { name: /shared\.wav/ })).toHaveCount(1);
	await page.goto('/share');
	await expect(page.getByText(/공유받은 녹음이 없습니다/)).toBeVisible();
});
