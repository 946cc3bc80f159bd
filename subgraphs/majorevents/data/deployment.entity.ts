import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** A selected volunteer deployed into a shift; hours recorded by the organizers once it ended. */
@Entity('deployment')
export class DeploymentEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'shift_id', type: 'uuid' })
  shiftId: string;

  @Column({ name: 'event_id', type: 'uuid' })
  eventId: string;

  @Column({ name: 'volunteer_id', type: 'uuid' })
  volunteerId: string;

  /** numeric(5,2) as text; null until recorded. */
  @Column({ type: 'numeric', precision: 5, scale: 2, nullable: true })
  hours: string | null;

  @Column({ name: 'deployed_at', type: 'timestamptz' })
  deployedAt: Date;
}
