import type { ClientBase } from 'pg';
import { beijingDay } from '../../../subgraphs/kit/city/demo-crowd';
import { STAR_THRESHOLDS } from '../../../subgraphs/kit/city/growth';
import { applyRecordHours } from '../../../subgraphs/pidu/rules/time-bank';
import { pointsChange } from '../../../subgraphs/xinjin/rules/mall';
import { seedId } from './ids';
import type { Served } from './people';
import { Progress } from './progress';
import type { CityPlan } from './scale';
import type { RecordLog } from './service';
import { TableWriter } from './writer';

/**
 * Replays every confirmed record in the order it was confirmed, as the `service.confirmed` and `volunteer.hours`
 * events would have reached each subgraph, and writes what their consumers would have kept: the day each star was
 * reached (volunteers), Xinjin's points and Pidu's time-bank credits (earned on hours served anywhere in the city,
 * through their own rule functions), Chenghua's hours by day, Longquanyi's and Qionglai's hours on their own
 * projects. Written directly instead of through a million events, so a start has nothing to catch up on.
 */
export async function writeLedgers(
  db: ClientBase,
  progress: Progress,
  plan: CityPlan,
  log: RecordLog,
  volunteers: number,
): Promise<Map<number, Served>> {
  const order = Array.from({ length: log.count }, (_, k) => k).sort(
    (a, b) => log.confirmedAt[a]! - log.confirmedAt[b]! || a - b,
  );
  const hours = new Float64Array(volunteers);
  const points = new Map<number, number>();
  const credits = new Map<number, number>();
  const served = new Map<number, Served>();
  const longquanyi = plan.districts.findIndex((d) => d.code === 'longquanyi');
  const qionglai = plan.districts.findIndex((d) => d.code === 'qionglai');
  const longquanyiHours = new Map<number, number>();
  const learned = new Map<number, number>();
  const w = (table: string) => new TableWriter(db, table, progress);
  const quiet = new Progress(true);
  const q = (table: string) => new TableWriter(db, table, quiet);
  const out = {
    chenghua: q('chenghua.record_hours'),
    xinjinHours: q('xinjin.record_hours'),
    xinjinEntry: q('xinjin.points_entry'),
    piduCredit: q('pidu.record_credit'),
    piduEntry: q('pidu.time_bank_entry'),
    longquanyi: q('longquanyi.record_hours'),
    qionglai: q('qionglai.service_hours'),
  };
  // Two passes over the same order: the first sums what the accounts end with (the entries' foreign keys need the
  // accounts first), the second writes every record's rows with the running balances.
  const replay = async (write: boolean) => {
    hours.fill(0);
    points.clear();
    credits.clear();
    longquanyiHours.clear();
    for (const k of order) {
      const v = log.volunteer[k]!;
      const h = log.hours[k]!;
      const before = hours[v]!;
      const after = before + h;
      hours[v] = after;
      const balance = points.get(v) ?? 0;
      const change = pointsChange(before, after, balance);
      points.set(v, balance + change);
      const bank = credits.get(v) ?? 0;
      const { delta, next } = applyRecordHours(null, h, bank, 0);
      credits.set(v, bank + delta);
      const district = log.projectDistrict[k]!;
      if (district === longquanyi) longquanyiHours.set(v, (longquanyiHours.get(v) ?? 0) + h);
      if (!write) {
        const mine = served.get(v) ?? { hours: 0, organizationIds: [], starDays: [] };
        served.set(v, mine);
        mine.hours = after;
        for (const t of STAR_THRESHOLDS)
          if (before < t && after >= t) mine.starDays.push(beijingDay(log.confirmedAt[k]!));
        if (!learned.has(log.project[k]!)) learned.set(log.project[k]!, log.confirmedAt[k]!);
        continue;
      }
      const at = new Date(log.confirmedAt[k]!).toISOString();
      const recordId = seedId('record', log.signup[k]!);
      const volunteerId = seedId('volunteer', v);
      await out.xinjinHours.push({ record_id: recordId, volunteer_id: volunteerId, hours: h, updated_at: at });
      if (change !== 0)
        await out.xinjinEntry.push({
          volunteer_id: volunteerId,
          kind: 'EARNED',
          amount: change,
          balance_after: balance + change,
          record_id: recordId,
          created_at: at,
        });
      await out.piduCredit.push({
        record_id: recordId,
        volunteer_id: volunteerId,
        hours: h,
        credited: next.credited,
        updated_at: at,
      });
      if (delta !== 0)
        await out.piduEntry.push({
          volunteer_id: volunteerId,
          kind: 'EARNED',
          amount: delta,
          balance_after: bank + delta,
          record_id: recordId,
          created_at: at,
        });
      await out.chenghua.push({ record_id: recordId, volunteer_id: volunteerId, served_on: log.servedOn[k], hours: h });
      if (district === longquanyi)
        await out.longquanyi.push({ record_id: recordId, volunteer_id: volunteerId, hours: h });
      if (district === qionglai)
        await out.qionglai.push({
          record_id: recordId,
          project_id: seedId('project', log.project[k]!),
          volunteer_id: volunteerId,
          hours: h,
          served_on: log.servedOn[k],
        });
      progress.add(1);
    }
  };
  await replay(false);
  const accounts = async (table: string, rows: Iterable<object>) => {
    const writer = w(table);
    progress.start(table, 0);
    for (const row of rows) await writer.push(row);
    await writer.end();
  };
  const last = new Date(log.count ? log.confirmedAt[order[order.length - 1]!]! : Date.now()).toISOString();
  await accounts(
    'xinjin.points_account',
    [...points].map(([v, balance]) => ({
      volunteer_id: seedId('volunteer', v),
      hours: hours[v],
      balance,
      updated_at: last,
    })),
  );
  await accounts(
    'pidu.time_bank_account',
    [...credits].map(([v, balance]) => ({
      volunteer_id: seedId('volunteer', v),
      balance,
      held: 0,
      updated_at: last,
    })),
  );
  await accounts(
    'longquanyi.star_account',
    [...longquanyiHours].map(([v, h]) => ({
      volunteer_id: seedId('volunteer', v),
      hours: h,
      awarded_points: 0,
      called_in: 0,
    })),
  );
  progress.start('ledgers (points, credits, hours by record)', log.count);
  await replay(true);
  for (const x of Object.values(out)) await x.end();
  progress.finish();

  // Qionglai learns every project's district from the records announced on it (tagging refuses other districts').
  const districtOf = new Map<number, number>();
  for (let k = 0; k < log.count; k++) districtOf.set(log.project[k]!, log.projectDistrict[k]!);
  await accounts(
    'qionglai.project_district',
    [...learned].map(([p, at]) => ({
      project_id: seedId('project', p),
      district_code: plan.districts[districtOf.get(p)!]!.code,
      learned_at: new Date(at).toISOString(),
    })),
  );
  progress.finish();
  return served;
}
