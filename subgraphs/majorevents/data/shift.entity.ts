import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** A shift of an event's work; `deployedCount` never passes `places` (a CHECK in the table). */
@Entity('event_shift')
export class EventShiftEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'event_id', type: 'uuid' })
  eventId: string;

  @Column({ name: 'role_id', type: 'uuid', nullable: true })
  roleId: string | null;

  @Column({ name: 'starts_at', type: 'timestamptz' })
  startsAt: Date;

  @Column({ name: 'ends_at', type: 'timestamptz' })
  endsAt: Date;

  @Column({ type: 'integer' })
  places: number;

  @Column({ name: 'deployed_count', type: 'integer' })
  deployedCount: number;
}
