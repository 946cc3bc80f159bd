import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** One slot of a project: times and places. `signedUp` and `waitlisted` change only under the row's lock. */
@Entity('shift')
export class ShiftEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'project_id', type: 'uuid' })
  projectId: string;

  @Column({ name: 'starts_at', type: 'timestamptz' })
  startsAt: Date;

  @Column({ name: 'ends_at', type: 'timestamptz' })
  endsAt: Date;

  @Column({ type: 'int' })
  capacity: number;

  @Column({ name: 'waitlist_capacity', type: 'int', default: 0 })
  waitlistCapacity: number;

  @Column({ name: 'signed_up', type: 'int', default: 0 })
  signedUp: number;

  @Column({ type: 'int', default: 0 })
  waitlisted: number;

  /** When the organization cancelled this one shift (its sign-ups with it); null while it stands. */
  @Column({ name: 'cancelled_at', type: 'timestamptz', nullable: true })
  cancelledAt: Date | null;

  /** Why, as the volunteers who held a place read it. */
  @Column({ name: 'cancel_reason', type: 'varchar', length: 200, nullable: true })
  cancelReason: string | null;

  /** Shown at the site so volunteers check themselves in; never returned to volunteers through the API. */
  @Column({ name: 'checkin_code', type: 'varchar', length: 8 })
  checkinCode: string;
}
