import { CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

/** An account that administers an organization; an org-admin token counts only while its account is listed here. */
@Entity('organization_admin')
export class OrganizationAdminEntity {
  @PrimaryColumn({ name: 'organization_id', type: 'uuid' })
  organizationId: string;

  @PrimaryColumn({ name: 'account_id', type: 'varchar', length: 64 })
  accountId: string;

  @CreateDateColumn({ name: 'added_at', type: 'timestamptz' })
  addedAt: Date;
}
