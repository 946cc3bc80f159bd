import type { LocalPostgres } from '../../gateway/embedded-postgres';

export default async function globalTeardown(): Promise<void> {
  const pg = (globalThis as Record<string, unknown>).__qingjuPostgres as LocalPostgres | undefined;
  await pg?.stop();
}
