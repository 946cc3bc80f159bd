import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** A role of an event; `selectedCount` never passes `places` (a CHECK in the table). */
@Entity('event_role')
export class EventRoleEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'event_id', type: 'uuid' })
  eventId: string;

  @Column({ type: 'varchar', length: 60 })
  name: string;

  @Column({ type: 'varchar', length: 16 })
  kind: string;

  @Column({ type: 'varchar', length: 1000 })
  description: string;

  @Column({ type: 'integer' })
  places: number;

  @Column({ name: 'selected_count', type: 'integer' })
  selectedCount: number;

  @Column({ name: 'required_course', type: 'varchar', length: 40, nullable: true })
  requiredCourse: string | null;
}
