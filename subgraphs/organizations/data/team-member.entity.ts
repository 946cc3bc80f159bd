import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

export type TeamRole = 'LEADER' | 'MEMBER';
export type MembershipStatus = 'PENDING' | 'ACTIVE' | 'DECLINED';

/** A volunteer's place in a team, or their request to join it. */
@Entity('team_member')
export class TeamMemberEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'team_id', type: 'uuid' })
  teamId: string;

  /** The account that asked to join; the identity this subgraph can check. Never exposed. */
  @Column({ name: 'account_id', type: 'varchar', length: 64 })
  accountId: string;

  /** The volunteer behind the account, when the volunteers subgraph has told us (see volunteer_account). */
  @Column({ name: 'volunteer_id', type: 'uuid', nullable: true })
  volunteerId: string | null;

  @Column({ type: 'varchar', length: 8 })
  role: TeamRole;

  @Column({ type: 'varchar', length: 12 })
  status: MembershipStatus;

  @Column({ type: 'varchar', length: 300, nullable: true })
  note: string | null;

  @Column({ name: 'decline_reason', type: 'varchar', length: 300, nullable: true })
  declineReason: string | null;

  @CreateDateColumn({ name: 'requested_at', type: 'timestamptz' })
  requestedAt: Date;

  @Column({ name: 'decided_at', type: 'timestamptz', nullable: true })
  decidedAt: Date | null;
}
