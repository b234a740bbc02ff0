import { describe, expect, it } from 'vitest';
import { buildCampaign } from '$lib/testing/builders';
import { catalog } from '../catalog';
import { buildPlan } from '../scoring';
import { stageCheckIds } from '../stages';
import { firstCommentedCheck } from './returned';

const plan = buildPlan(catalog, buildCampaign().template);
const agentCheck = stageCheckIds(plan, 'phone', 'agent')[2]!;
const ivrCheck = stageCheckIds(plan, 'phone', 'ivr')[1]!;
const preCheck = stageCheckIds(plan, 'phone', 'pre')[3]!;

describe('firstCommentedCheck', () => {
	it('is undefined without a comment on a check (only remarks on the whole)', () => {
		expect(firstCommentedCheck([], plan)).toBeUndefined();
		expect(firstCommentedCheck([{ text: '전체 의견' }], plan)).toBeUndefined();
	});

	it('opens on the screen of a single commented check', () => {
		expect(firstCommentedCheck([{ checkId: agentCheck, text: 'x' }], plan)).toEqual({
			checkId: agentCheck,
			stage: 'agent'
		});
	});

	it('takes the check met first in the run, not the comment written first', () => {
		const comments = [
			{ text: '전체 의견' },
			{ checkId: agentCheck, text: 'a' },
			{ checkId: ivrCheck, text: 'b' }
		];
		expect(firstCommentedCheck(comments, plan)).toEqual({ checkId: ivrCheck, stage: 'ivr' });
		expect(firstCommentedCheck([...comments, { checkId: preCheck, text: 'c' }], plan)).toEqual({
			checkId: preCheck,
			stage: 'pre'
		});
	});

	it('skips a check the plan does not hold', () => {
		expect(
			firstCommentedCheck(
				[
					{ checkId: 'Z9-99', text: 'x' },
					{ checkId: agentCheck, text: 'y' }
				],
				plan
			)
		).toEqual({ checkId: agentCheck, stage: 'agent' });
	});
});
