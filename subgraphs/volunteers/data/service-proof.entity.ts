import { Column, Entity, PrimaryColumn } from 'typeorm';
import { decimalColumn } from './columns';

/** Confirmed service on one project, as a proof lists it. */
export interface ProofLine {
  projectId: string;
  organizationId: string;
  hours: number;
  recordCount: number;
  firstServedOn: string;
  lastServedOn: string;
}

/** A completed training course, as a proof lists it (national rules: course, content, hours, organizer, date). */
export interface ProofTraining {
  courseCode: string;
  courseName: string;
  content: string;
  studyHours: number;
  organizer: string;
  completedOn: string;
}

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

  /** Per project, as issued: the lines of the printed proof. */
  @Column({ type: 'jsonb', default: () => "'[]'" })
  lines: ProofLine[];

  /** The training courses completed, as issued (withdrawn records are not on it). */
  @Column({ type: 'jsonb', default: () => "'[]'" })
  trainings: ProofTraining[];

  @Column({ name: 'issued_at', type: 'timestamptz', default: () => 'now()' })
  issuedAt: Date;
}
