import { startEmbeddedPostgres } from '../../gateway/embedded-postgres';
import { repoPath } from '../../subgraphs/kit/runtime/paths';
import { prepareTestDatabase } from './database';

/**
 * Once per test run: the server in DATABASE_URL, else the embedded one (data under .qingju/, reused between runs),
 * then a fresh test database. Test files read its URL from QINGJU_TEST_DATABASE_URL.
 */
export default async function globalSetup(): Promise<void> {
  let serverUrl = process.env.DATABASE_URL;
  if (!serverUrl) {
    const pg = await startEmbeddedPostgres(repoPath('.qingju', 'pg-test'), 'qingju');
    (globalThis as Record<string, unknown>).__qingjuPostgres = pg;
    serverUrl = pg.url;
  }
  process.env.QINGJU_TEST_DATABASE_URL = await prepareTestDatabase(serverUrl);
}
