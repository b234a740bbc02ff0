// Diverged versions a push could not take: kept for a person to resolve (the conflicts screen).
import { sql } from 'drizzle-orm';
import type { Evaluation } from '$lib/domain/record';
import type { Orm } from '../db';

/** Keeps diverged versions for a person to resolve: once per (evaluation, version, body). */
export async function keepConflicts(
	tx: Orm,
	records: Evaluation[],
	memberId: string
): Promise<void> {
	if (records.length === 0) return;
	const values = sql.join(
		records.map(
			(r) =>
				sql`(${r.id}::text, ${r.version}::int, ${memberId}::text, ${r.deviceId}::text, ${JSON.stringify(r)}::jsonb)`
		),
		sql`, `
	);
	await tx.execute(sql`
		insert into evaluation_conflicts (evaluation_id, version, member_id, device_id, body)
		select v.id, v.version, v.member_id, v.device_id, v.body
		from (values ${values}) as v(id, version, member_id, device_id, body)
		where not exists (
			select 1 from evaluation_conflicts c
			where c.evaluation_id = v.id and c.version = v.version and c.body = v.body
		)`);
}
