import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

export type OrganizationStatus = 'PENDING_VERIFICATION' | 'VERIFIED' | 'SUSPENDED';

@Entity('organization')
export class OrganizationEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'varchar', length: 120 })
  name: string;

  /** Unified social credit code (GB 32100); one registration per code. */
  @Column({ name: 'credit_code', type: 'char', length: 18 })
  creditCode: string;

  @Column({ type: 'varchar', length: 32 })
  type: string;

  @Column({ name: 'district_code', type: 'varchar', length: 32 })
  districtCode: string;

  @Column({ type: 'varchar', length: 200 })
  address: string;

  /** The organization's public contact: a named desk or person and a work phone, shown to volunteers. */
  @Column({ name: 'contact_name', type: 'varchar', length: 40 })
  contactName: string;

  @Column({ name: 'contact_phone', type: 'varchar', length: 32 })
  contactPhone: string;

  @Column({ type: 'varchar', length: 24, default: 'PENDING_VERIFICATION' })
  status: OrganizationStatus;

  @Column({ name: 'suspension_reason', type: 'varchar', length: 500, nullable: true })
  suspensionReason: string | null;

  /** Set once on verification; a suspension keeps it, so reactivation returns to VERIFIED. */
  @Column({ name: 'verified_at', type: 'timestamptz', nullable: true })
  verifiedAt: Date | null;

  @Column({ name: 'status_changed_at', type: 'timestamptz', nullable: true })
  statusChangedAt: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
