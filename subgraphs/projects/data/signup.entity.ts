import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** A volunteer's place (or waitlist place) on a shift. */
@Entity('signup')
export class SignupEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'shift_id', type: 'uuid' })
  shiftId: string;

  @Column({ name: 'project_id', type: 'uuid' })
  projectId: string;

  @Column({ name: 'volunteer_id', type: 'uuid' })
  volunteerId: string;

  @Column({ type: 'varchar', length: 16 })
  status: string;

  @Column({ name: 'idempotency_key', type: 'varchar', length: 64, nullable: true })
  idempotencyKey: string | null;

  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'clock_timestamp()' })
  createdAt: Date;

  @Column({ name: 'promoted_at', type: 'timestamptz', nullable: true })
  promotedAt: Date | null;

  @Column({ name: 'cancelled_at', type: 'timestamptz', nullable: true })
  cancelledAt: Date | null;

  @Column({ name: 'checked_in_at', type: 'timestamptz', nullable: true })
  checkedInAt: Date | null;

  @Column({ name: 'checkin_failures', type: 'int', default: 0 })
  checkinFailures: number;

  @Column({ name: 'checked_out_at', type: 'timestamptz', nullable: true })
  checkedOutAt: Date | null;

  @Column({ name: 'no_show_at', type: 'timestamptz', nullable: true })
  noShowAt: Date | null;

  /** The partner app that signed the volunteer up, and its name then; null when they signed up in person. */
  @Column({ name: 'signed_up_via_app', type: 'text', nullable: true })
  signedUpViaApp: string | null;

  @Column({ name: 'signed_up_via_name', type: 'text', nullable: true })
  signedUpViaName: string | null;

  /** The partner app that cancelled for the volunteer, and its name then. */
  @Column({ name: 'cancelled_via_app', type: 'text', nullable: true })
  cancelledViaApp: string | null;

  @Column({ name: 'cancelled_via_name', type: 'text', nullable: true })
  cancelledViaName: string | null;
}
