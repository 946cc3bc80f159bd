// The city's campaigns (issue 17.4): one row per campaign and district, with the district's targets and what its
// projects under the campaign have confirmed so far. Figures carry `data-figure` paths into the API's answer
// (CityCampaigns), so the page test reads them back against the API; figures with fewer than five people behind them
// come withheld and show 已隐藏, as statistics' do.
import type { CityCampaignsQuery } from '../operations/generated/graphql';
import { show, WITHHELD, type Figure, type Kind } from './format';

type Campaigns = CityCampaignsQuery['campaigns'];

function cell(text = '', className = '') {
  const td = document.createElement('td');
  td.className = className;
  td.textContent = text;
  return td;
}

function figure(path: string, value: Figure | number, kind: Kind) {
  const td = cell('', 'num');
  td.dataset.figure = path;
  show(td, value, kind);
  return td;
}

/**
 * A target, what was reached and the share of it, with a dash where the city set no target. A withheld figure (fewer
 * than five people) withholds its share too, since the share times the target would give it back.
 */
function progressCells(at: string, key: 'personTimes' | 'hours', target: number | null | undefined, reached: Figure) {
  const kind: Kind = key === 'hours' ? 'hours' : 'count';
  const done = figure(`${at}.${key}`, reached, kind);
  if (target == null) return [cell('—', 'num'), done, cell('—', 'num')];
  const share =
    reached.value === null
      ? cell(WITHHELD, 'num progress withheld')
      : cell(`${Math.floor((reached.value / target) * 100)}%`, 'num progress');
  return [figure(`${at}.target.${key}`, target, kind), done, share];
}

/** Fills `body` with the campaigns' districts; a campaign with no district yet still shows its name and period. */
export function campaignRows(body: HTMLElement, campaigns: Campaigns) {
  const rows: HTMLTableRowElement[] = [];
  campaigns.forEach((c, i) => {
    if (!c.districts.length) {
      const row = document.createElement('tr');
      row.dataset.campaign = c.code;
      row.append(cell(c.name, 'name'), cell(`${c.startsOn} 至 ${c.endsOn}`), cell('尚无目标与服务记录'));
      rows.push(row);
    }
    c.districts.forEach((d, j) => {
      const row = document.createElement('tr');
      row.dataset.campaign = c.code;
      row.dataset.district = d.district.code;
      const at = `campaigns.${i}.districts.${j}`;
      row.append(
        cell(c.name, 'name'),
        cell(`${c.startsOn} 至 ${c.endsOn}`),
        cell(d.district.name, 'name'),
        ...progressCells(at, 'personTimes', d.target?.personTimes, d.personTimes),
        ...progressCells(at, 'hours', d.target?.hours, d.hours),
      );
      rows.push(row);
    });
  });
  body.replaceChildren(...rows);
}
