import { describe, expect, it } from 'vitest';
import { render } from 'vitest-browser-svelte';
import { EvaluationDraft } from '$lib/state/evaluation-draft.svelte';
import { buildCampaign, buildEvaluation, buildTemplate } from '$lib/testing/builders';
import CheckItemHarness from '$lib/testing/CheckItemHarness.svelte';

function draftOf(options: { allowPartial?: boolean; status?: 'draft' | 'final' } = {}) {
	const campaign = buildCampaign({
		template: buildTemplate({ allowPartial: options.allowPartial ?? true })
	});
	const evaluation = buildEvaluation({
		id: crypto.randomUUID(),
		status: options.status ?? 'draft'
	});
	return new EvaluationDraft(evaluation, campaign, 'd-test');
}

describe('CheckItem', () => {
	it('is a group named by the check text whose buttons record the answer', async () => {
		const draft = draftOf();
		const { locator: screen } = await render(CheckItemHarness, { draft, checkId: 'S01-1' });
		const group = screen.getByRole('group', { name: /친밀하고 정형화된 인사말/ });
		await expect.element(group).toBeVisible();
		const met = group.getByRole('button', { name: '충족', exact: true });
		await expect.element(met).toHaveAttribute('aria-pressed', 'false');
		await met.click();
		await expect.element(met).toHaveAttribute('aria-pressed', 'true');
		expect(draft.evaluation.answers['S01-1']?.value).toBe('met');
		await expect
			.element(group.getByRole('button', { name: '미충족', exact: true }))
			.toHaveAttribute('aria-pressed', 'false');
		await draft.flush();
		draft.dispose();
	});

	it('offers 부분 only when the template allows partial answers', async () => {
		const draft = draftOf({ allowPartial: false });
		const { locator: screen } = await render(CheckItemHarness, { draft, checkId: 'S01-1' });
		await expect.element(screen.getByRole('button', { name: '해당없음' })).toBeVisible();
		expect(screen.getByRole('button', { name: '부분' }).query()).toBeNull();
		draft.dispose();
	});

	it('shows a suggestion and answers it in one tap', async () => {
		const draft = draftOf();
		const { locator: screen } = await render(CheckItemHarness, {
			draft,
			checkId: 'B1-07',
			suggestion: { checkId: 'B1-07', value: 'met', reason: { ko: '상담사 연결됨', en: 'x' } }
		});
		await screen.getByRole('button', { name: '제안대로' }).click();
		expect(draft.evaluation.answers['B1-07']?.value).toBe('met');
		await expect.element(screen.getByText('제안대로 답했습니다')).toBeVisible();
		await draft.flush();
		draft.dispose();
	});

	it('keeps the answer visible but disables the buttons when read-only', async () => {
		const draft = new EvaluationDraft(
			buildEvaluation({ id: crypto.randomUUID(), values: { 'S01-1': 'not-met' } }),
			buildCampaign(),
			'd-test'
		);
		const { locator: screen } = await render(CheckItemHarness, { draft, checkId: 'S01-1' });
		const notMet = screen.getByRole('button', { name: '미충족' });
		await expect.element(notMet).toHaveAttribute('aria-pressed', 'true');
		await expect.element(notMet).toBeDisabled();
		draft.dispose();
	});
});
