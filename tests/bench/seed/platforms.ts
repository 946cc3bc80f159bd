import type { ClientBase } from 'pg';
import { SKILLS } from '../../../subgraphs/kit/city/demo-crowd';
import { prng } from '../../../subgraphs/kit/city/prng';
import hubs from '../../../subgraphs/shuangliu/data/hubs.json';
import { seedId } from './ids';
import type { Crowd } from './people';
import type { Progress } from './progress';
import type { CityPlan } from './scale';
import { writeAll } from './writer';

const DAY_MS = 86_400_000;

/** Some of each district's residents, picked deterministically (at least `min`, at most all of them). */
function residents(crowd: Crowd, plan: CityPlan, code: string, share: number, min: number): number[] {
  const list = crowd.byDistrict[plan.districts.findIndex((d) => d.code === code)]!;
  const want = Math.min(list.length, Math.max(min, Math.round(list.length * share)));
  const step = list.length / Math.max(1, want);
  return Array.from({ length: want }, (_, k) => list[Math.floor(k * step)]!);
}

/**
 * The district platforms' own data, some rows each at any scale, of residents of that district: Wuhou's residents'
 * needs, Jinniu's standby roster, Shuangliu's hub posts, Qionglai's villages, Chenghua's families, Pidu's time-bank
 * offers and Xinjin's rewards. (Ledgers fed by confirmed hours are written by ledgers.ts; Longquanyi's star accounts
 * come from there too.)
 */
export async function writeDistrictPlatforms(
  db: ClientBase,
  progress: Progress,
  plan: CityPlan,
  crowd: Crowd,
  now: number,
): Promise<void> {
  const r = prng(0x5eed_c174);
  const iso = (t: number) => new Date(t).toISOString();
  const scaled = (n: number) => Math.max(3, Math.round(n * plan.scale));

  const streets = ['玉林街道', '浆洗街街道', '望江路街道', '簇桥街道', '红牌楼街道'];
  const needs = Array.from({ length: scaled(400) }, (_, k) => {
    const postedAt = now - r.int(1, 60) * DAY_MS;
    return {
      id: seedId('need', k),
      resident_account: `seed-resident-${String(k + 1).padStart(6, '0')}`,
      title: r.pick(['代购生活用品', '陪同就医', '上门理发', '家电简单维修', '陪伴聊天']),
      details: '独居老人，需要志愿者上门协助。',
      street: r.pick(streets),
      community: `${r.pick(['倪家桥', '黉门街', '新南门', '跳伞塔'])}社区`,
      needed_at: iso(now + r.int(1, 14) * DAY_MS),
      estimated_hours: r.pick([1, 1.5, 2, 3]),
      urgency: r.pick(['LOW', 'NORMAL', 'NORMAL', 'URGENT']),
      phone: `1703${String(k).padStart(7, '0')}`,
      address_detail: `${r.int(1, 30)}栋${r.int(1, 6)}单元`,
      status: 'OPEN',
      posted_at: iso(postedAt),
    };
  });
  await writeAll(db, progress, 'wuhou.need', needs.length, needs);

  const standby = residents(crowd, plan, 'jinniu', 0.01, 5);
  await writeAll(
    db,
    progress,
    'jinniu.standby_member',
    standby.length,
    standby.map((v) => ({
      volunteer_id: seedId('volunteer', v),
      skills: [SKILLS[v % SKILLS.length]!, '应急救援'],
      joined_at: iso(Math.max(crowd.createdAt[v]!, now - 200 * DAY_MS)),
    })),
  );
  await writeAll(
    db,
    progress,
    'jinniu.standby_window',
    standby.length * 2,
    standby.flatMap((v) => [
      { volunteer_id: seedId('volunteer', v), weekday: 6, from_minute: 540, to_minute: 1020 },
      { volunteer_id: seedId('volunteer', v), weekday: 1 + (v % 5), from_minute: 1140, to_minute: 1320 },
    ]),
  );

  const posts = (hubs as string[]).flatMap((hub, h) =>
    ['问询引导', '行李协助', '爱心专座'].map((name, k) => ({
      id: seedId('post', h * 10 + k),
      hub,
      name,
      active: true,
      created_at: iso(now - 300 * DAY_MS),
    })),
  );
  await writeAll(db, progress, 'shuangliu.post', posts.length, posts);

  const towns = ['临邛街道', '平乐镇', '夹关镇', '天台山镇', '固驿街道'];
  const places = towns.flatMap((town, t) =>
    ['村', '社区'].flatMap((suffix, s) =>
      [1, 2, 3].map((n) => ({
        id: seedId('place', t * 10 + s * 4 + n),
        name: `${town.slice(0, 2)}${['一', '二', '三'][n - 1]}${suffix}`,
        town,
        kind: suffix === '村' ? 'VILLAGE' : 'COMMUNITY',
      })),
    ),
  );
  await writeAll(db, progress, 'qionglai.place', places.length, places);

  // Families of three: a guardian with two members who accepted, all Chenghua residents.
  const chenghua = residents(crowd, plan, 'chenghua', 0.003, 6);
  const families = Math.floor(chenghua.length / 3);
  await writeAll(
    db,
    progress,
    'chenghua.family',
    families,
    Array.from({ length: families }, (_, f) => ({
      id: seedId('family', f),
      name: `志愿之家${f + 1}`,
      guardian_id: seedId('volunteer', chenghua[3 * f]!),
      members: 3,
      created_at: iso(now - 100 * DAY_MS),
      version: 1,
    })),
  );
  await writeAll(
    db,
    progress,
    'chenghua.family_member',
    families * 3,
    Array.from({ length: families * 3 }, (_, k) => ({
      volunteer_id: seedId('volunteer', chenghua[k]!),
      family_id: seedId('family', Math.floor(k / 3)),
      role: k % 3 === 0 ? 'GUARDIAN' : k % 3 === 1 ? 'ADULT' : 'CHILD',
      status: 'ACTIVE',
      joined_on: new Date(now - 100 * DAY_MS).toISOString().slice(0, 10),
    })),
  );

  // Projects keeps who is in each family (`family.members`, guardian first) for family sign-ups.
  await db.query(
    `INSERT INTO projects.family_replica (family_id, guardian_id, member_ids, version)
     SELECT f.id, f.guardian_id,
            array_agg(m.volunteer_id ORDER BY m.role = 'GUARDIAN' DESC, m.added_at, m.volunteer_id), f.version
       FROM chenghua.family f JOIN chenghua.family_member m ON m.family_id = f.id AND m.status = 'ACTIVE'
      GROUP BY f.id`,
  );

  const providers = residents(crowd, plan, 'pidu', 0.002, 3);
  await writeAll(
    db,
    progress,
    'pidu.service_offer',
    providers.length,
    providers.map((v, k) => ({
      id: seedId('offer', k),
      provider_id: seedId('volunteer', v),
      title: r.pick(['陪老人散步', '辅导作业', '代取快递', '手机使用教学']),
      description: '时间银行服务，由本区志愿者提供。',
      place: '郫都区郫筒街道',
      credits: r.pick([1, 1.5, 2]),
      created_at: iso(now - (k % 60) * DAY_MS),
    })),
  );

  const rewards = ['电影票兑换券', '公交卡充值', '书店代金券', '咖啡兑换券', '文创笔记本'];
  await writeAll(
    db,
    progress,
    'xinjin.reward',
    rewards.length,
    rewards.map((title, k) => ({
      id: seedId('reward', k),
      title,
      description: '新津区志愿积分商城合作商家提供。',
      merchant_name: `新津合作商家${k + 1}`,
      merchant_account: `seed-merchant-${k + 1}`,
      points_cost: [300, 200, 500, 250, 150][k],
      stock: 100,
      created_at: iso(now - 180 * DAY_MS),
    })),
  );
  progress.finish();
}
