import { beforeAll, describe, expect, it } from 'vitest';
import { render } from 'vitest-browser-svelte';
import { Plan } from '$lib/domain/programme/records';
import { planProgress, spreadPlan } from '$lib/domain/programme/sampling';
import { gridOf } from '$lib/domain/programme/planning-wire';
import { settings } from '$lib/state/settings.svelte';
import PlanGrid from './PlanGrid.svelte';

const plan = Plan.parse({
	total: 8,
	from: '2026-03-02',
	to: '2026-03-29',
	weekdays: ['mon', 'wed'],
	slots: ['morning'],
	scenarioIds: ['a', 'b'],
	channels: ['phone']
});

describe('PlanGrid', () => {
	beforeAll(async () => {
		await settings.loadReports();
	});

	it('shows done/planned per cell and marks a cell behind with a sign and words, not color alone', async () => {
		const spread = spreadPlan(plan.total, gridOf(plan));
		if (!spread.ok) throw new Error(spread.error.kind);
		// Half the period gone: each cell (2 planned) should have 1 done; only mon|morning|a has.
		const cells = planProgress(
			spread.cells,
			new Map([['mon|morning|a|phone', 1]]),
			{ start: 0, end: 100 },
			50
		);
		const titles: Record<string, string> = { a: '카드 분실', b: '주소 변경' };
		const { locator: screen } = await render(PlanGrid, {
			plan,
			cells,
			scenarioTitle: (id: string) => titles[id] ?? id
		});
		await expect.element(screen.getByText('늦은 칸 3개')).toBeVisible();
		await expect.element(screen.getByText('전체 1/8 완료')).toBeVisible();
		await expect
			.element(screen.getByRole('img', { name: '월 오전 카드 분실: 계획 2, 완료 1' }))
			.toHaveTextContent('1/2');
		const late = screen.getByRole('img', {
			name: '수 오전 주소 변경: 계획 2, 완료 0, 일정보다 늦음'
		});
		await expect.element(late).toHaveTextContent('⚠ 0/2');
	});
});
