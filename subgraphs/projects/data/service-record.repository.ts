import type { DataSource } from 'typeorm';
import { wellFormedIds } from '../../kit/ids';

export interface ServiceSummaryRow {
  volunteerId: string;
  confirmedHours: number;
  recordCount: number;
  projectCount: number;
  organizationCount: number;
  firstServedOn: string | null;
  lastServedOn: string | null;
}

/** Confirmed-service figures for many volunteers in one statement. */
export async function serviceSummaries(db: DataSource, volunteerIds: readonly string[]): Promise<ServiceSummaryRow[]> {
  const rows: Record<string, string | null>[] = await db.query(
    `SELECT r.volunteer_id, sum(r.hours) AS hours, count(*) AS records,
            count(DISTINCT r.project_id) AS projects, count(DISTINCT p.organization_id) AS organizations,
            to_char(min(r.served_on), 'YYYY-MM-DD') AS first_on, to_char(max(r.served_on), 'YYYY-MM-DD') AS last_on
       FROM service_record r JOIN project p ON p.id = r.project_id
      WHERE r.volunteer_id = ANY($1) AND r.status = 'CONFIRMED'
      GROUP BY r.volunteer_id`,
    [wellFormedIds(volunteerIds)],
  );
  return rows.map((r) => ({
    volunteerId: r.volunteer_id!,
    confirmedHours: Number(r.hours),
    recordCount: Number(r.records),
    projectCount: Number(r.projects),
    organizationCount: Number(r.organizations),
    firstServedOn: r.first_on,
    lastServedOn: r.last_on,
  }));
}

/** The summary of a volunteer with no confirmed service yet. */
export function emptySummary(volunteerId: string): ServiceSummaryRow {
  return { volunteerId, confirmedHours: 0, recordCount: 0, projectCount: 0, organizationCount: 0, firstServedOn: null, lastServedOn: null };
}
