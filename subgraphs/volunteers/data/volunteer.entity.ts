import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { Sex } from '../../kit/city/idcard';
import { decimalColumn } from './columns';

/**
 * A volunteer and their basic record. Personal data (real name, birth date, ID number, phone, guardian) is
 * stored in full and leaves this subgraph only through `rules/visibility.ts`.
 */
@Entity('volunteer')
export class VolunteerEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /**
   * The signed-in account (token subject) this registration belongs to; one volunteer per account. Null once the
   * volunteer deregistered: the account is free to register anew.
   */
  @Column({ name: 'account_id', type: 'varchar', length: 64, unique: true, nullable: true })
  accountId: string | null;

  @Column({ name: 'display_name', type: 'varchar', length: 40 })
  displayName: string;

  /** Null once the volunteer deregistered. */
  @Column({ name: 'district_code', type: 'varchar', length: 32, nullable: true })
  districtCode: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  // Null only for rows registered before the basic record existed.
  @Column({ name: 'real_name', type: 'varchar', length: 40, nullable: true })
  realName: string | null;

  @Column({ type: 'varchar', length: 6, nullable: true })
  sex: Sex | null;

  @Column({ name: 'birth_date', type: 'date', nullable: true })
  birthDate: string | null;

  @Column({ name: 'id_number', type: 'varchar', length: 18, nullable: true, unique: true })
  idNumber: string | null;

  @Column({ type: 'varchar', length: 11, nullable: true })
  phone: string | null;

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  skills: string[];

  /** Major service category codes (kit/city/data/service-categories.json). */
  @Column({ name: 'service_categories', type: 'text', array: true, default: () => "'{}'" })
  serviceCategories: string[];

  /** The code printed on the public volunteer card; anyone can verify it. */
  @Column({ name: 'card_code', type: 'varchar', length: 16, nullable: true, unique: true })
  cardCode: string | null;

  /** When the volunteer consented to the platform keeping this record. */
  @Column({ name: 'consented_at', type: 'timestamptz', nullable: true })
  consentedAt: Date | null;

  /** Separate consent (PIPL) to partner apps reading this record for the volunteer; withdrawable at any time. */
  @Column({ name: 'share_with_partners', type: 'boolean', default: false })
  shareWithPartners: boolean;

  /** When sharing with partners was last granted or withdrawn. */
  @Column({ name: 'share_with_partners_at', type: 'timestamptz', nullable: true })
  shareWithPartnersAt: Date | null;

  @Column({ name: 'guardian_name', type: 'varchar', length: 40, nullable: true })
  guardianName: string | null;

  @Column({ name: 'guardian_relation', type: 'varchar', length: 20, nullable: true })
  guardianRelation: string | null;

  @Column({ name: 'guardian_phone', type: 'varchar', length: 11, nullable: true })
  guardianPhone: string | null;

  @Column({ name: 'guardian_consented_at', type: 'timestamptz', nullable: true })
  guardianConsentedAt: Date | null;

  /** The account that confirmed being the guardian recorded above (`confirmGuardianship`); null until then. */
  @Column({ name: 'guardian_account_id', type: 'varchar', length: 64, nullable: true })
  guardianAccountId: string | null;

  @Column({ name: 'guardian_linked_at', type: 'timestamptz', nullable: true })
  guardianLinkedAt: Date | null;

  /** Organizations running projects the volunteer holds a live sign-up on (`volunteer.organizations`). */
  @Column({ name: 'organization_ids', type: 'uuid', array: true, default: () => "'{}'" })
  organizationIds: string[];

  /** The version of the last `volunteer.consents` announcement; grows with every change of consents. */
  @Column({ name: 'consents_version', type: 'bigint', default: 0 })
  consentsVersion: string;

  /** Last confirmed-hours total the projects subgraph announced; only for filtering lists by star level. */
  @Column({ name: 'hours_snapshot', type: 'numeric', precision: 10, scale: 2, default: 0, transformer: decimalColumn })
  hoursSnapshot: number;

  @Column({ name: 'updated_at', type: 'timestamptz', default: () => 'now()' })
  updatedAt: Date;

  /** ACTIVE, or DEREGISTERED: personal data erased, the row kept for the proofs issued under it. */
  @Column({ type: 'varchar', length: 16, default: 'ACTIVE' })
  status: string;

  @Column({ name: 'deregistered_at', type: 'timestamptz', nullable: true })
  deregisteredAt: Date | null;
}
