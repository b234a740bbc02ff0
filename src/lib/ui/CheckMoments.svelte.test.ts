import { describe, expect, it } from 'vitest';
import { render } from 'vitest-browser-svelte';
import { addRecording, bindMoment } from '$lib/domain/editing/recordings';
import type { Recording } from '$lib/domain/record/evaluation';
import { encodeWav } from '$lib/domain/recording/copy';
import { CallPlayer } from '$lib/state/call-player.svelte';
import { EvaluationDraft } from '$lib/state/evaluation-draft.svelte';
import { buildCampaign, buildEvaluation } from '$lib/testing/builders';
import CheckMomentsHarness from '$lib/testing/CheckMomentsHarness.svelte';

const recording: Recording = {
	id: 'rec-1',
	copyId: `sha256-${'c'.repeat(64)}`,
	originalSha256: 'a'.repeat(64),
	name: 'call.m4a',
	mimeType: 'audio/mp4',
	durationMs: 30_000,
	via: 'file',
	addedAt: 0,
	mutes: []
};

function silence(seconds: number) {
	const bytes = encodeWav(new Float32Array(seconds * 8000), 8000);
	return () => {
		const url = URL.createObjectURL(new Blob([bytes], { type: 'audio/wav' }));
		return Promise.resolve({
			ok: true as const,
			url,
			kind: 'copy' as const,
			release: () => URL.revokeObjectURL(url)
		});
	};
}

async function setUp(status: 'draft' | 'final') {
	const e = buildEvaluation({ id: crypto.randomUUID(), status });
	const draft = new EvaluationDraft(
		addRecording(e, recording, { at: e.createdAt + 1, by: e.deviceId }),
		buildCampaign(),
		'd-test'
	);
	const player = new CallPlayer(silence(30));
	await player.load(draft.evaluation.id, recording);
	return { draft, player };
}

describe('CheckMoments', () => {
	it('binds the playhead ± 5 s to the check in one tap, clipped at the start and the end', async () => {
		const { draft, player } = await setUp('draft');
		const { locator: screen } = await render(CheckMomentsHarness, {
			draft,
			player,
			checkId: 'S01-1'
		});
		player.seek(2_000);
		await screen.getByRole('button', { name: '이 순간' }).click();
		await expect.element(screen.getByRole('button', { name: '0:00.0–0:07.0 재생' })).toBeVisible();
		player.seek(28_000);
		await screen.getByRole('button', { name: '이 순간' }).click();
		await expect.element(screen.getByRole('button', { name: '0:23.0–0:30.0 재생' })).toBeVisible();
		expect(draft.evaluation.moments?.map((m) => [m.checkId, m.startMs, m.endMs])).toEqual([
			['S01-1', 0, 7_000],
			['S01-1', 23_000, 30_000]
		]);
		expect(draft.evaluation.changeLog.at(-1)).toMatchObject({
			field: 'moment',
			checkId: 'S01-1',
			new: '0:23.0–0:30.0'
		});

		// Nudged past the end it stays at the end; removed, it is gone (each a logged step).
		await screen.getByRole('button', { name: '0:23.0–0:30.0 조정' }).click();
		await screen.getByRole('button', { name: '시작 −1초' }).click();
		await expect.element(screen.getByRole('button', { name: '0:22.0–0:30.0 재생' })).toBeVisible();
		await screen.getByRole('button', { name: '0:00.0–0:07.0 구간 삭제' }).click();
		await expect
			.element(screen.getByRole('button', { name: '0:00.0–0:07.0 재생' }))
			.not.toBeInTheDocument();
		expect(draft.evaluation.moments?.map((m) => [m.startMs, m.endMs])).toEqual([[22_000, 30_000]]);
		await draft.flush();
		draft.dispose();
		player.dispose();
	});

	it('shows the moments of a final evaluation without a way to bind, move or remove them', async () => {
		const { draft: editable, player } = await setUp('draft');
		await editable.editRecording((e, ctx) =>
			bindMoment(
				e,
				{ id: 'm-1', checkId: 'S01-1', recordingId: recording.id, startMs: 5_000, endMs: 15_000 },
				ctx
			)
		);
		const final = new EvaluationDraft(
			{ ...editable.evaluation, status: 'final' },
			buildCampaign(),
			'd-test'
		);
		const { locator: screen } = await render(CheckMomentsHarness, {
			draft: final,
			player,
			checkId: 'S01-1'
		});
		await expect.element(screen.getByRole('button', { name: '0:05.0–0:15.0 재생' })).toBeEnabled();
		expect(screen.getByRole('button', { name: '이 순간' }).query()).toBeNull();
		expect(screen.getByRole('button', { name: /조정|구간 삭제/ }).query()).toBeNull();
		editable.dispose();
		final.dispose();
		player.dispose();
	});
});
