import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** A conference, games or forum the city recruits volunteers for. */
@Entity('major_event')
export class MajorEventEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'varchar', length: 120 })
  name: string;

  @Column({ type: 'varchar', length: 16 })
  kind: string;

  @Column({ name: 'starts_on', type: 'date' })
  startsOn: string;

  @Column({ name: 'ends_on', type: 'date' })
  endsOn: string;

  @Column({ type: 'varchar', length: 200 })
  venue: string;

  @Column({ name: 'district_code', type: 'varchar', length: 32 })
  districtCode: string;

  /** Its admins organize the event beside the city admins. */
  @Column({ name: 'host_organization_id', type: 'uuid', nullable: true })
  hostOrganizationId: string | null;

  /** The insurance campaign its deployments enrol in (event.deployed). */
  @Column({ name: 'campaign_code', type: 'varchar', length: 40, nullable: true })
  campaignCode: string | null;

  @Column({ name: 'created_by', type: 'varchar', length: 64 })
  createdBy: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
