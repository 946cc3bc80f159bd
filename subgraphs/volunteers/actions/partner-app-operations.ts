import type { DataSource, EntityManager } from 'typeorm';
import type { Caller } from '../../kit/runtime/caller';
import { badInput, conflict, notFound } from '../../kit/runtime/errors';
import { lockPartnerApp, partnerAppById, setQuota, type PartnerAppRow } from '../data/partner-app.repository';
import { countDocuments, deleteDocuments, insertDocuments } from '../data/partner-app-document.repository';
import { hashOfId, MAX_DOCUMENTS, validateDocuments, validateQuota } from '../rules/partner-app-operations';
import { requireCityAdmin } from './partner-apps';

/** The app locked for the change; NOT_FOUND when unknown, CONFLICT once revoked. */
async function lockLiveApp(m: EntityManager, clientId: string): Promise<PartnerAppRow> {
  const app = await lockPartnerApp(m, clientId);
  if (!app) throw notFound(`No partner app has client id ${clientId}.`);
  if (app.status === 'REVOKED') throw conflict('The partner app is REVOKED: it can no longer be changed.');
  return app;
}

export async function changeQuota(
  db: DataSource,
  caller: Caller,
  clientId: string,
  input: Parameters<typeof validateQuota>[0],
) {
  requireCityAdmin(caller);
  const app = await setQuota(db, clientId, validateQuota(input));
  if (app) return app;
  if (!(await partnerAppById(db, clientId))) throw notFound(`No partner app has client id ${clientId}.`);
  throw conflict('The partner app is REVOKED: it can no longer be changed.');
}

/** Adds documents under the app's row lock, so two registrations at once cannot pass the cap together. */
export async function addDocuments(
  db: DataSource,
  caller: Caller,
  clientId: string,
  documents: readonly { id: string; body: string }[],
) {
  const admin = requireCityAdmin(caller);
  const checked = validateDocuments(documents);
  return db.transaction(async (m) => {
    const app = await lockLiveApp(m, clientId);
    await insertDocuments(m, clientId, checked, admin);
    if ((await countDocuments(m, clientId)) > MAX_DOCUMENTS)
      throw badInput(`An app registers at most ${MAX_DOCUMENTS} documents; remove retired ones first.`, 'documents');
    return app;
  });
}

export async function removeDocuments(db: DataSource, caller: Caller, clientId: string, ids: readonly string[]) {
  requireCityAdmin(caller);
  const hashes = ids.map((id) => hashOfId(id));
  if (hashes.some((h) => h === null)) throw badInput('ids: each must be "sha256:" and 64 hex digits.', 'ids');
  return db.transaction(async (m) => {
    const app = await lockLiveApp(m, clientId);
    await deleteDocuments(m, clientId, hashes as string[]);
    return app;
  });
}
