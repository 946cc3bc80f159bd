import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

export type NeedStatus = 'SUBMITTED' | 'ACCEPTED' | 'REJECTED' | 'CONVERTED';

/** A service need (需求征集) filed by a community, venue, service hall or station, triaged by its district. */
@Entity('need')
export class NeedEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** The organization that filed the need. */
  @Column({ name: 'organization_id', type: 'uuid' })
  organizationId: string;

  @Column({ name: 'district_code', type: 'varchar', length: 32 })
  districtCode: string;

  @Column({ type: 'varchar', length: 80 })
  title: string;

  @Column({ type: 'varchar', length: 2000 })
  description: string;

  @Column({ name: 'category_code', type: 'varchar', length: 32 })
  categoryCode: string;

  @Column({ type: 'varchar', length: 200 })
  address: string;

  /** YYYY-MM-DD. */
  @Column({ name: 'starts_on', type: 'date' })
  startsOn: string;

  @Column({ name: 'ends_on', type: 'date' })
  endsOn: string;

  @Column({ name: 'volunteers_needed', type: 'integer' })
  volunteersNeeded: number;

  @Column({ type: 'varchar', length: 12, default: 'SUBMITTED' })
  status: NeedStatus;

  @Column({ name: 'rejection_reason', type: 'varchar', length: 500, nullable: true })
  rejectionReason: string | null;

  /** The organization whose draft project the need became. */
  @Column({ name: 'converted_organization_id', type: 'uuid', nullable: true })
  convertedOrganizationId: string | null;

  /** The admin account that filed it; kept for the record, never exposed. */
  @Column({ name: 'filed_by', type: 'varchar', length: 64 })
  filedBy: string;

  @CreateDateColumn({ name: 'filed_at', type: 'timestamptz' })
  filedAt: Date;

  @Column({ name: 'triaged_at', type: 'timestamptz', nullable: true })
  triagedAt: Date | null;
}
