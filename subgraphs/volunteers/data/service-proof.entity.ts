import { Column, Entity, PrimaryColumn } from 'typeorm';
import { decimalColumn } from './columns';

/**
 * A proof of service as issued: the figures are frozen at issue, so the code verifies what was printed even after
 * more hours are confirmed.
 */
@Entity('service_proof')
export class ServiceProofEntity {
  @PrimaryColumn({ type: 'varchar', length: 16 })
  code: string;

  @Column({ name: 'volunteer_id', type: 'uuid' })
  volunteerId: string;

  /** The volunteer's display name at issue (public, like the card). */
  @Column({ name: 'holder_name', type: 'varchar', length: 40 })
  holderName: string;

  @Column({ name: 'confirmed_hours', type: 'numeric', precision: 10, scale: 2, transformer: decimalColumn })
  confirmedHours: number;

  @Column({ name: 'record_count', type: 'integer' })
  recordCount: number;

  @Column({ name: 'project_count', type: 'integer' })
  projectCount: number;

  @Column({ name: 'organization_count', type: 'integer' })
  organizationCount: number;

  @Column({ name: 'served_from', type: 'date', nullable: true })
  servedFrom: string | null;

  @Column({ name: 'served_to', type: 'date', nullable: true })
  servedTo: string | null;

  @Column({ name: 'issued_at', type: 'timestamptz', default: () => 'now()' })
  issuedAt: Date;
}
