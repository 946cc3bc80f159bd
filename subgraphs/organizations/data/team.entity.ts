import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** A professional (doctors, etiquette, translation...) or featured volunteer team run by an organization. */
@Entity('team')
export class TeamEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'organization_id', type: 'uuid' })
  organizationId: string;

  @Column({ type: 'varchar', length: 60 })
  name: string;

  @Column({ type: 'varchar', length: 16 })
  kind: 'PROFESSIONAL' | 'FEATURED';

  @Column({ type: 'varchar', length: 24 })
  specialty: string;

  @Column({ type: 'varchar', length: 1000, default: '' })
  description: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
