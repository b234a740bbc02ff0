// Writes the data of an embedded (PGlite) database as a psql script, to move a one-machine
// server onto PostgreSQL: `node scripts/pglite-dump.js [DATA_DIR] > ks1006-data.sql`.
// Stop the server first (the embedded database belongs to one process at a time).
//
// The script holds data only, as COPY blocks in foreign-key order plus the sequences' values,
// inside one transaction. Load it into an EMPTY database the app has migrated (start the app
// once with DATABASE_URL, stop it), then: psql -v ON_ERROR_STOP=1 -f ks1006-data.sql "$DATABASE_URL".
// It refuses to load into a database at another migration count than the source's.
import { PGlite } from '@electric-sql/pglite';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';

const dataDir = resolve(process.argv[2] ?? process.env.DATA_DIR ?? 'data');
if (!existsSync(dataDir)) {
	console.error(`No embedded database at ${dataDir}`);
	process.exit(1);
}

const db = await PGlite.create(dataDir);
const out = (text) => process.stdout.write(text);
const ident = (name) => `"${name.replaceAll('"', '""')}"`;
const literal = (text) => `'${String(text).replaceAll("'", "''")}'`;

try {
	const { rows: tables } = await db.query(
		`select c.oid::int as oid, c.relname as name from pg_class c
		 join pg_namespace n on n.oid = c.relnamespace
		 where n.nspname = 'public' and c.relkind = 'r' order by c.relname`
	);
	const { rows: refs } = await db.query(
		`select conrelid::int as child, confrelid::int as parent from pg_constraint
		 where contype = 'f' and connamespace = 'public'::regnamespace`
	);
	// Parents before children (a self-reference does not count).
	const order = [];
	const done = new Set();
	const visit = (table, path = new Set()) => {
		if (done.has(table.oid)) return;
		if (path.has(table.oid)) throw new Error(`foreign keys form a cycle at ${table.name}`);
		path.add(table.oid);
		for (const ref of refs) {
			if (ref.child !== table.oid || ref.parent === table.oid) continue;
			const parent = tables.find((t) => t.oid === ref.parent);
			if (parent) visit(parent, path);
		}
		done.add(table.oid);
		order.push(table);
	};
	for (const table of tables) visit(table);

	const { rows: migrated } = await db.query(
		'select count(*)::int as n from drizzle.__drizzle_migrations'
	);
	const migrations = migrated[0]?.n ?? 0;

	out(`-- ks1006 data from the embedded database, ${new Date().toISOString()}\n`);
	out(`-- ${order.length} tables, ${migrations} migrations\n`);
	out('\\set ON_ERROR_STOP on\nBEGIN;\nSET client_encoding = UTF8;\n');
	out(`DO $$ BEGIN
  IF (SELECT count(*) FROM drizzle.__drizzle_migrations) <> ${migrations} THEN
    RAISE EXCEPTION 'the target database is not at ${migrations} migrations: start the same app version on it once first';
  END IF;
END $$;\n`);
	let total = 0;
	for (const table of order) {
		const { rows: cols } = await db.query(
			`select attname as name from pg_attribute
			 where attrelid = $1 and attnum > 0 and not attisdropped and attgenerated = ''
			 order by attnum`,
			[table.oid]
		);
		const list = cols.map((c) => ident(c.name)).join(', ');
		const { rows: count } = await db.query(
			`select count(*)::int as n from public.${ident(table.name)}`
		);
		const n = count[0]?.n ?? 0;
		total += n;
		out(`\n-- ${table.name}: ${n} rows\n`);
		if (n === 0) continue;
		const result = await db.query(
			`COPY public.${ident(table.name)} (${list}) TO '/dev/blob' WITH (FORMAT text)`
		);
		const text = result.blob ? await result.blob.text() : '';
		out(`COPY public.${ident(table.name)} (${list}) FROM stdin;\n`);
		out(text.endsWith('\n') || text === '' ? text : `${text}\n`);
		out('\\.\n');
	}
	const { rows: seqs } = await db.query(
		`select s.relname as seq, t.relname as tbl, a.attname as col from pg_class s
		 join pg_depend d on d.objid = s.oid and d.deptype in ('a', 'i')
		 join pg_class t on t.oid = d.refobjid
		 join pg_attribute a on a.attrelid = t.oid and a.attnum = d.refobjsubid
		 join pg_namespace n on n.oid = s.relnamespace
		 where s.relkind = 'S' and n.nspname = 'public' order by 1`
	);
	out('\n-- sequences\nDO $$ BEGIN\n');
	for (const s of seqs) {
		const { rows } = await db.query(
			`select last_value::text as v, is_called from public.${ident(s.seq)}`
		);
		const row = rows[0];
		if (!row) continue;
		out(
			`  PERFORM setval(pg_get_serial_sequence(${literal(`public.${ident(s.tbl)}`)}, ${literal(s.col)}), ${row.v}, ${row.is_called});\n`
		);
	}
	out('END $$;\nCOMMIT;\n');
	console.error(`Wrote ${total} rows of ${order.length} tables from ${dataDir}.`);
} finally {
	await db.close();
}
