import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

/**
 * One volunteer's service on one project and day (national rules: project, date, hours actually served, organizer).
 * Only CONFIRMED records count towards hours.
 */
@Entity('service_record')
export class ServiceRecordEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'project_id', type: 'uuid' })
  projectId: string;

  /** Owned by the volunteers subgraph: a reference by key. */
  @Column({ name: 'volunteer_id', type: 'uuid' })
  volunteerId: string;

  @Column({ name: 'served_on', type: 'date' })
  servedOn: string;

  /** Hours actually served; numeric(6,2) so sums never drift. */
  @Column({ type: 'numeric', precision: 6, scale: 2 })
  hours: string;

  @Column({ type: 'varchar', length: 16 })
  status: string;

  @Column({ name: 'confirmed_at', type: 'timestamptz', nullable: true })
  confirmedAt: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  /** The sign-up whose check-out made this record; null for records from before check-in existed. */
  @Column({ name: 'signup_id', type: 'uuid', nullable: true })
  signupId: string | null;

  @Column({ name: 'shift_id', type: 'uuid', nullable: true })
  shiftId: string | null;

  /** The last day to confirm it: 10 working days after the shift (DOMAIN.md). */
  @Column({ name: 'confirm_by', type: 'date', nullable: true })
  confirmBy: string | null;

  /** The admin account that confirmed or rejected it. */
  @Column({ name: 'reviewed_by', type: 'varchar', length: 128, nullable: true })
  reviewedBy: string | null;

  @Column({ name: 'reject_reason', type: 'varchar', length: 200, nullable: true })
  rejectReason: string | null;
}
