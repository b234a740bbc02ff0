import { describe, expect, it } from 'vitest';
import { catalog } from '../catalog';
import { relateHistories } from '../exchange/history';
import { parseEvaluation } from '../record';
import { buildEvaluation, T0 } from '../../testing/builders';
import { answer, setNote } from './answers';
import { resolveOnServerCopy } from './conflict';

const here = (at: number) => ({ at, by: 'd-phone' });
const there = (at: number) => ({ at, by: 'd-other' });
const base = buildEvaluation({ status: 'draft', values: { 'A1-01': 'met' } });
// This device answered A1-02 and noted A1-01; the server's copy (another device) changed A1-01.
const local = setNote(answer(base, 'A1-02', 'met', here(T0 + 10)), 'A1-01', '친절', here(T0 + 11));
const server = answer(base, 'A1-01', 'not-met', there(T0 + 20));

function valid(e: ReturnType<typeof resolveOnServerCopy>) {
	const parsed = parseEvaluation(e, { catalog });
	expect(parsed.ok, parsed.ok ? '' : JSON.stringify(parsed.errors)).toBe(true);
}

describe('resolving a conflict with the team server’s copy', () => {
	it('keeping mine starts from the server copy and replays this device’s differing answers and notes', () => {
		expect(relateHistories(local, server)).toBe('diverged');
		const r = resolveOnServerCopy(server, local, 'kept-mine', 'checked both', here(T0 + 30));
		valid(r);
		expect(relateHistories(server, r)).toBe('descends');
		expect(r.answers['A1-02']?.value).toBe('met');
		expect(r.answers['A1-01']?.value).toBe('met');
		expect(r.answers['A1-01']?.note).toBe('친절');
		const added = r.changeLog.slice(server.version);
		expect(added.every((c) => c.by === 'd-phone')).toBe(true);
		expect(added.at(-1)).toMatchObject({
			field: 'conflict-resolved',
			new: 'kept-mine',
			old: { version: local.version, deviceId: 'd-phone' }
		});
		expect(r.deviceId).toBe('d-phone');
	});

	it('taking theirs keeps the server content and logs the resolution after it', () => {
		const r = resolveOnServerCopy(server, local, 'took-theirs', '', here(T0 + 30));
		valid(r);
		expect(r.version).toBe(server.version + 1);
		expect(relateHistories(server, r)).toBe('descends');
		expect(r.answers).toEqual(server.answers);
		expect(r.changeLog.at(-1)).toMatchObject({ field: 'conflict-resolved', new: 'took-theirs' });
	});

	it('a locked server copy is reopened with the reason before this device’s answers are replayed', () => {
		const locked = { ...server, status: 'final' as const };
		const r = resolveOnServerCopy(locked, local, 'kept-mine', 'kept my answers', here(T0 + 30));
		valid(r);
		expect(r.status).toBe('draft');
		expect(r.changeLog.slice(locked.version).map((c) => c.field)[0]).toBe('reopen');
		expect(relateHistories(locked, r)).toBe('descends');
	});

	it('a deletion on the server stays; a deletion here, kept, deletes the server copy', () => {
		const gone = buildEvaluation({ ...server, deleted: { at: T0 + 40, by: 'd-other' } });
		expect(resolveOnServerCopy(gone, local, 'kept-mine', '', here(T0 + 50))).toEqual(gone);
		const deletedHere = {
			...local,
			version: local.version + 1,
			deleted: { at: T0 + 40, by: 'd-phone' }
		};
		const r = resolveOnServerCopy(server, deletedHere, 'kept-mine', '', here(T0 + 50));
		expect(r.deleted).toBeDefined();
		expect(relateHistories(server, r)).toBe('descends');
	});
});
