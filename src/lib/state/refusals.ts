/** The message key a table gives a server's refusal code, if the table names the code. */
export function refusalOf<K extends string>(
	code: string | undefined,
	table: Readonly<Record<string, K>>
): K | undefined {
	return code !== undefined && Object.hasOwn(table, code) ? table[code] : undefined;
}
