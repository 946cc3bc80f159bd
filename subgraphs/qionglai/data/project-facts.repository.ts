import { exec, maybeOne, type Db } from '../../kit/runtime/sql';

/**
 * Remembers the districts of projects as the city reported them. Only facts from the gateway (@requires
 * representations) and from signed events land here, never a client's claim.
 */
export async function rememberDistricts(
  db: Db,
  facts: readonly { projectId: string; districtCode: string }[],
): Promise<void> {
  if (facts.length === 0) return;
  await exec(
    db,
    `INSERT INTO project_district (project_id, district_code)
     SELECT DISTINCT ON (p) p, d FROM unnest($1::uuid[], $2::text[]) AS f(p, d)
     ON CONFLICT (project_id) DO UPDATE SET district_code = EXCLUDED.district_code, learned_at = now()
     WHERE project_district.district_code <> EXCLUDED.district_code`,
    [facts.map((f) => f.projectId), facts.map((f) => f.districtCode)],
  );
}

export async function districtOfProject(db: Db, projectId: string): Promise<string | null> {
  const row = await maybeOne<{ district_code: string }>(
    db,
    'SELECT district_code FROM project_district WHERE project_id = $1',
    [projectId],
  );
  return row?.district_code ?? null;
}

/** Sets a service record's confirmed hours and day; a resent record (a correction) replaces its earlier ones. */
export async function upsertServiceHours(
  db: Db,
  r: { recordId: string; projectId: string; volunteerId: string; hours: number; servedOn: string },
): Promise<void> {
  await exec(
    db,
    `INSERT INTO service_hours (record_id, project_id, volunteer_id, hours, served_on) VALUES ($1, $2, $3, $4, $5)
     ON CONFLICT (record_id) DO UPDATE SET hours = EXCLUDED.hours, served_on = EXCLUDED.served_on`,
    [r.recordId, r.projectId, r.volunteerId, r.hours, r.servedOn],
  );
}
