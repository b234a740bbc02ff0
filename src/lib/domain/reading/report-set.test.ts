import { describe, expect, it } from 'vitest';
import { evaluationStatuses } from '../record/evaluation';
import { REPORTED_STATUSES, countsInReports } from './report-set';

describe('countsInReports', () => {
	it('final and awaiting follow-up count; a draft never does', () => {
		expect(countsInReports('final')).toBe(true);
		expect(countsInReports('awaiting-follow-up')).toBe(true);
		expect(countsInReports('draft')).toBe(false);
	});

	it('the listed statuses are exactly those that count', () => {
		expect(evaluationStatuses.filter(countsInReports)).toEqual([...REPORTED_STATUSES]);
	});
});
