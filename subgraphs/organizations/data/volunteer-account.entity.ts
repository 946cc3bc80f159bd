import { Column, Entity, PrimaryColumn } from 'typeorm';

/** Which volunteer an account registered as; a projection of the volunteers subgraph's events. */
@Entity('volunteer_account')
export class VolunteerAccountEntity {
  @PrimaryColumn({ name: 'account_id', type: 'varchar', length: 64 })
  accountId: string;

  @Column({ name: 'volunteer_id', type: 'uuid' })
  volunteerId: string;
}
