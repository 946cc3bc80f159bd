import { CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

/** An account that administers a district; a district-admin token counts only while its account is listed here. */
@Entity('district_admin')
export class DistrictAdminEntity {
  @PrimaryColumn({ name: 'district_code', type: 'varchar', length: 32 })
  districtCode: string;

  @PrimaryColumn({ name: 'account_id', type: 'varchar', length: 64 })
  accountId: string;

  @CreateDateColumn({ name: 'added_at', type: 'timestamptz' })
  addedAt: Date;
}
