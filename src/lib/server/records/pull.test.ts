import { describe, expect, it } from 'vitest';
import { PullResponse } from '$lib/domain/sync/protocol';
import type { Db } from '../db';
import { testDatabaseKinds } from '../../testing/server-db';
import { evaluationOf, pushAs, type Team, withTeamDb } from '../../testing/server-team';
import { pull, pullText } from './pull';

describe.each(testDatabaseKinds())('pull pages as text (%s)', (kind) => {
	let db: Db;
	let tm: Team;
	withTeamDb(kind, (ready) => ({ db, tm } = ready));
	/** The end of what `session` may read so far (the tests share one database). */
	const end = async (session: Team['coordinator']['session']) => {
		for (let cursor = 0; ;) {
			const page = await pull(db, session, cursor, 500);
			if (!page.more) return page.cursor;
			cursor = page.cursor;
		}
	};

	it('a reader of every field gets each record exactly as pushed, in an answer the protocol parses', async () => {
		// Text that JSON escapes: quotes, a backslash, a line break, Korean, an emoji.
		const awkward = evaluationOf(tm.campaignId, {
			evaluator: '김 "쇼퍼" \\ 1\n2 😀',
			values: { 'A1-01': 'met' }
		});
		const plain = evaluationOf(tm.campaignId);
		const start = await end(tm.coordinator.session);
		expect((await pushAs(db, tm.shopper, [awkward, plain])).results.map((r) => r.status)).toEqual([
			201, 201
		]);
		const text = await pullText(db, tm.coordinator.session, start, 10);
		const parsed = PullResponse.safeParse(JSON.parse(text));
		expect(parsed.success).toBe(true);
		const page = parsed.data!;
		expect(page.items.map((i) => i.evaluation)).toEqual([awkward, plain]);
		expect(page.items.map((i) => i.signer?.memberId)).toEqual([tm.shopper.id, tm.shopper.id]);
		expect(page.more).toBe(false);
		expect(page.cursor).toBe(page.items[1]!.seq);
		expect(await pull(db, tm.coordinator.session, start, 10)).toEqual(page);
	});

	it('pages by the cursor: `more` until the last page, then an empty page at the same cursor', async () => {
		const records = [1, 2, 3].map(() => evaluationOf(tm.campaignId));
		const start = await end(tm.coordinator.session);
		await pushAs(db, tm.shopper, records);
		const first = await pull(db, tm.coordinator.session, start, 2);
		expect(first.items.map((i) => i.evaluation.id)).toEqual([records[0]!.id, records[1]!.id]);
		expect(first.more).toBe(true);
		const second = await pull(db, tm.coordinator.session, first.cursor, 2);
		expect(second.items.map((i) => i.evaluation.id)).toEqual([records[2]!.id]);
		expect(second.more).toBe(false);
		const after = await pull(db, tm.coordinator.session, second.cursor, 2);
		expect(after).toEqual({ items: [], cursor: second.cursor, more: false });
	});

	it('a shopper gets their own record whole, and none of a colleague’s', async () => {
		const e = evaluationOf(tm.campaignId, { evaluator: '쇼퍼 김', overallOpinion: '친절함' });
		const [mine, theirs] = [await end(tm.shopper.session), await end(tm.other.session)];
		await pushAs(db, tm.shopper, [e]);
		const own = await pull(db, tm.shopper.session, mine, 10);
		expect(own.items.map((i) => i.evaluation)).toEqual([e]);
		expect(await pull(db, tm.other.session, theirs, 10)).toMatchObject({ items: [], more: false });
	});
});
