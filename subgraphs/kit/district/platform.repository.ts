import type { DataSource } from 'typeorm';
import { entities } from '../runtime/sql';
import { PlatformEntity } from './platform.entity';

/** The platform rows of `codes` (a district's schema holds its own row only), hydrated as TypeORM's finders would. */
export function platformsByCodes(db: DataSource, codes: readonly string[]): Promise<PlatformEntity[]> {
  return entities(db, PlatformEntity, 'SELECT * FROM platform WHERE code = ANY($1)', [[...codes]]);
}
