import { describe, expect, it } from 'vitest';
import { agentChecks, catalog, checkById, checksNeedingAgent } from './index';
import type { Catalog } from './types';

describe('checksNeedingAgent', () => {
	const ids = checksNeedingAgent(catalog);

	it('every 참고 2 question (39) and the three 참고 1 in-call checks about the agent', () => {
		expect(ids).toHaveLength(39 + 3);
		expect(ids.slice(0, 39)).toEqual(agentChecks().map((c) => c.id));
		expect(ids.slice(39)).toEqual(['B3-01', 'C1-02', 'C1-03']);
	});

	it('leaves out what is heard before any agent: the IVR group and the recording notice', () => {
		for (const id of ['B1-01', 'B1-02', 'B1-06', 'B1-07', 'B3-03', 'C1-01', 'A1-06']) {
			expect(ids).not.toContain(id);
		}
	});

	it('names only checks the shopper answers, each once', () => {
		expect(new Set(ids).size).toBe(ids.length);
		for (const id of ids) expect(checkById(id)?.assessor).not.toBe('auditor');
	});

	it('is pure: a catalog without 참고 1 gives the agent sheet only', () => {
		const bare: Catalog = { ...catalog, checklist: [] };
		expect(checksNeedingAgent(bare)).toEqual(agentChecks().map((c) => c.id));
		expect(checksNeedingAgent(catalog)).toEqual(ids);
	});
});
