import { In, type DataSource } from 'typeorm';
import { wellFormedIds } from '../../kit/ids';
import { OrganizationEntity } from './organization.entity';

export function organizationsByIds(db: DataSource, ids: readonly string[]): Promise<OrganizationEntity[]> {
  return db.getRepository(OrganizationEntity).findBy({ id: In(wellFormedIds(ids)) });
}
