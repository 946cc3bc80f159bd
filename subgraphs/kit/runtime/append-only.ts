/**
 * Statements that make a ledger table append-only: a mistake is corrected by a new entry, never by editing
 * history. For a district's migration; the trigger function lives in the same schema as the table.
 */
export function appendOnlySql(table: string): string[] {
  return [
    `CREATE FUNCTION ${table}_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN RAISE EXCEPTION '${table} is append-only'; END $$`,
    `CREATE TRIGGER ${table}_append_only BEFORE UPDATE OR DELETE ON ${table} FOR EACH ROW
     EXECUTE FUNCTION ${table}_append_only()`,
  ];
}
