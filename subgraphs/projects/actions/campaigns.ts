import type { DataSource, EntityManager } from 'typeorm';
import type { Caller } from '../../kit/runtime/caller';
import { isDistrictCode } from '../../kit/city/districts';
import { shownUnless, withheldCells, type Suppressible } from '../../kit/city/statistics';
import { badInput, conflict, forbidden, unauthenticated } from '../../kit/runtime/errors';
import {
  campaignsByCodes,
  insertCampaign,
  projectHasRecords,
  type CampaignDistrictRow,
  type CampaignRow,
} from '../data/campaign.repository';
import type { ProjectRow } from '../rules/project-input';
import { isDate } from '../rules/time';

export interface CampaignInput {
  code: string;
  name: string;
  startsOn: string;
  endsOn: string;
  targets?: { district: string; personTimes?: number | null; hours?: number | null }[] | null;
}

/**
 * A city admin opens a campaign (e.g. an epidemic-prevention month) with targets per district; districts' projects
 * then join it. The code is the campaign's stable key, as a district's is.
 */
export async function openCampaign(db: DataSource, caller: Caller, input: CampaignInput): Promise<CampaignRow> {
  if (caller.kind === 'anonymous') throw unauthenticated('Sign in as a city admin to open campaigns.');
  if (caller.kind !== 'cityAdmin') throw forbidden('Only city admins open city-wide campaigns.');
  const code = input.code.trim().toLowerCase();
  if (!/^[a-z][a-z0-9-]{1,39}$/.test(code))
    throw badInput('code must be 2 to 40 lower-case letters, digits or dashes, e.g. epidemic-2026.', 'code');
  const name = input.name.trim();
  if (name.length < 2 || name.length > 120) throw badInput('name must be 2 to 120 characters.', 'name');
  for (const k of ['startsOn', 'endsOn'] as const)
    if (!isDate(input[k])) throw badInput(`${k} must be a date written YYYY-MM-DD.`, k);
  if (input.endsOn < input.startsOn) throw badInput('endsOn must be on or after startsOn.', 'endsOn');
  const targets = (input.targets ?? []).map((t, i) => {
    const field = `targets[${i}]`;
    if (!isDistrictCode(t.district))
      throw badInput(`${field}.district must be one of the 23 district codes, e.g. pidu.`, `${field}.district`);
    const personTimes = t.personTimes ?? null;
    const hours = t.hours ?? null;
    if (personTimes === null && hours === null)
      throw badInput(`${field}: give personTimes, hours or both.`, `${field}.personTimes`);
    if (personTimes !== null && (!Number.isInteger(personTimes) || personTimes < 1 || personTimes > 10_000_000))
      throw badInput(`${field}.personTimes must be a whole number from 1 to 10,000,000.`, `${field}.personTimes`);
    if (hours !== null && !(hours > 0 && hours <= 100_000_000 && Math.round(hours * 100) === hours * 100))
      throw badInput(`${field}.hours must be more than 0 and at most 100,000,000, to the hundredth.`, `${field}.hours`);
    return { district: t.district, personTimes, hours };
  });
  if (new Set(targets.map((t) => t.district)).size !== targets.length)
    throw badInput('Give each district one target.', 'targets');
  const campaign = await db.transaction((m) =>
    insertCampaign(
      m,
      { code, name, startsOn: input.startsOn, endsOn: input.endsOn, openedBy: caller.accountId },
      targets,
    ),
  );
  if (!campaign) throw conflict(`A campaign with the code ${code} exists already; choose another code.`);
  return campaign;
}

/**
 * Checks a project joining (or leaving) a campaign, in its edit's transaction: the campaign must exist and its period
 * hold the project's. A project whose service is already on record stays where it is, so a campaign's figures stay
 * the sum of its projects' confirmed records.
 */
export async function checkCampaign(
  m: EntityManager,
  projectId: string | null,
  before: string | null,
  row: ProjectRow,
): Promise<void> {
  if (row.campaignCode !== before && projectId && (await projectHasRecords(m, projectId)))
    throw conflict('Service on this project is already on record, so it cannot join or leave a campaign now.');
  if (!row.campaignCode) return;
  const [campaign] = await campaignsByCodes(m, [row.campaignCode]);
  if (!campaign) throw badInput(`No campaign has the code ${row.campaignCode} (see campaigns).`, 'campaignCode');
  if (row.startsOn < campaign.startsOn || row.endsOn > campaign.endsOn)
    throw badInput(
      `The campaign ${campaign.name} runs ${campaign.startsOn} to ${campaign.endsOn}; the project's period ` +
        `(${row.startsOn} to ${row.endsOn}) must lie within it.`,
      'campaignCode',
    );
}

/** A campaign's district with its figures as shown: values, or null with the reason they are withheld. */
export interface ShownCampaignDistrict extends CampaignDistrictRow {
  shownPersonTimes: Suppressible;
  shownHours: Suppressible;
}

/**
 * Withholds the figures of a campaign's districts with fewer than five people behind them, as statistics does: the
 * districts of one campaign are a breakdown of its total, so a single withheld district takes the smallest other
 * with it (`withheldCells`). Person-times and hours share the same people, so they are withheld together. Decided
 * over all the campaign's districts before a district admin's view is cut, so every reader sees the same cells.
 */
export function suppressCampaignDistricts(districts: CampaignDistrictRow[]): ShownCampaignDistrict[] {
  const withheld = withheldCells(districts.map((d) => d.people));
  return districts.map((d, i) => ({
    ...d,
    shownPersonTimes: shownUnless(withheld[i], d.personTimes),
    shownHours: shownUnless(withheld[i], d.hours),
  }));
}

/** A campaign's districts as a reader may see them: every one for the city's readers, their own for a district's. */
export async function visibleDistricts(
  caller: Caller,
  all: CampaignDistrictRow[],
  administersDistrict: (code: string) => Promise<boolean>,
): Promise<ShownCampaignDistrict[]> {
  const districts = suppressCampaignDistricts(all);
  if (caller.kind === 'statisticsViewer' || caller.kind === 'cityAdmin') return districts;
  if (caller.kind === 'anonymous')
    throw unauthenticated('Sign in with a statistics-viewer, city-admin or district-admin account to read figures.');
  if (caller.kind === 'districtAdmin' && (await administersDistrict(caller.district)))
    return districts.filter((d) => d.district === caller.district);
  throw forbidden("Campaign figures are for statistics viewers, city admins and district admins (their district's).");
}
