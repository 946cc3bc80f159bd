import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** A unit's need for volunteers of one kind of role, submitted in a round. */
@Entity('role_need')
export class RoleNeedEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'round_id', type: 'uuid' })
  roundId: string;

  @Column({ name: 'event_id', type: 'uuid' })
  eventId: string;

  @Column({ name: 'organization_id', type: 'uuid' })
  organizationId: string;

  @Column({ name: 'role_kind', type: 'varchar', length: 16 })
  roleKind: string;

  @Column({ type: 'integer' })
  places: number;

  @Column({ type: 'varchar', length: 300, nullable: true })
  note: string | null;

  /** The admin account that submitted it; never exposed. */
  @Column({ name: 'submitted_by', type: 'varchar', length: 64 })
  submittedBy: string;

  @Column({ name: 'submitted_at', type: 'timestamptz' })
  submittedAt: Date;
}
