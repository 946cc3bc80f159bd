import { Client } from 'pg';
import { COMPOSED_SUBGRAPHS } from '../../schema/registry';
import { ensureDatabase } from '../../gateway/embedded-postgres';
import { jobSchemaOf } from '../../subgraphs/kit/runtime/job-queue';

/**
 * Tests get their own database beside the one in DATABASE_URL (`<name>_test`), so a test run never touches data
 * that `npm start` keeps. Where the server does not let us create one, the given database is used as it is.
 */
export async function prepareTestDatabase(serverUrl: string): Promise<string> {
  const url = new URL(serverUrl);
  const base = decodeURIComponent(url.pathname.slice(1)) || 'postgres';
  url.pathname = `/${base.endsWith('_test') ? base : `${base}_test`}`;
  let testUrl = url.toString();
  try {
    await ensureDatabase(testUrl);
  } catch {
    testUrl = serverUrl;
  }
  await dropSubgraphSchemas(
    testUrl,
    COMPOSED_SUBGRAPHS.map((s) => s.name),
  );
  return testUrl;
}

/** Every run starts from empty schemas, so migrations are exercised from scratch each time. */
export async function dropSubgraphSchemas(url: string, schemas: string[]): Promise<void> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    // A subgraph's job queue (kit/runtime/job-queue.ts) keeps its tables in a schema of its own, dropped with it.
    for (const s of schemas) {
      await client.query(`DROP SCHEMA IF EXISTS "${s}" CASCADE`);
      await client.query(`DROP SCHEMA IF EXISTS "${jobSchemaOf(s)}" CASCADE`);
    }
  } finally {
    await client.end();
  }
}
