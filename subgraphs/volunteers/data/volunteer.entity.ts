import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

@Entity('volunteer')
export class VolunteerEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** The signed-in account (token subject) this registration belongs to; one volunteer per account. */
  @Column({ name: 'account_id', type: 'varchar', length: 64, unique: true })
  accountId: string;

  @Column({ name: 'display_name', type: 'varchar', length: 40 })
  displayName: string;

  @Column({ name: 'district_code', type: 'varchar', length: 32 })
  districtCode: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
