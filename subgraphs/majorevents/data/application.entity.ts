import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

export type ApplicationStatus = 'APPLIED' | 'SELECTED' | 'RESERVE' | 'DECLINED' | 'WITHDRAWN';

/** A volunteer's application to a role. The form (skills, languages, availability) is personal data. */
@Entity('application')
export class ApplicationEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'role_id', type: 'uuid' })
  roleId: string;

  @Column({ name: 'event_id', type: 'uuid' })
  eventId: string;

  @Column({ name: 'volunteer_id', type: 'uuid' })
  volunteerId: string;

  @Column({ type: 'varchar', array: true })
  skills: string[];

  @Column({ type: 'varchar', array: true })
  languages: string[];

  @Column({ type: 'varchar', length: 300 })
  availability: string;

  @Column({ type: 'varchar', length: 12 })
  status: ApplicationStatus;

  @Column({ type: 'varchar', length: 300, nullable: true })
  reason: string | null;

  /** The specialist team it came with, when the team was invited as a whole. */
  @Column({ name: 'team_id', type: 'uuid', nullable: true })
  teamId: string | null;

  @Column({ name: 'applied_at', type: 'timestamptz' })
  appliedAt: Date;

  @Column({ name: 'decided_at', type: 'timestamptz', nullable: true })
  decidedAt: Date | null;
}
