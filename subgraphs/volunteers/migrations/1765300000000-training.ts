import type { MigrationInterface, QueryRunner } from 'typeorm';
import { emit } from '../../kit/runtime/event-catalogue';
import catalogue from '../data/training-courses.json';

/**
 * Training as the national rules on volunteer records list it (course, content, study hours, organizer, date): a
 * catalogue of courses and each volunteer's completed ones. A withdrawn record is kept (withdrawn_at) so a replayed
 * attendance cannot bring it back; one live record per course per volunteer. Proofs freeze the training they state.
 * The city's own baseline courses are reference data every deployment needs (data/training-courses.json), loaded
 * here and announced so projects can require them; a change to the file comes with a new migration.
 */
export class Training1765300000000 implements MigrationInterface {
  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE training_course (
      code varchar(40) PRIMARY KEY,
      name varchar(60) NOT NULL,
      content varchar(500) NOT NULL,
      study_hours numeric(5,1) NOT NULL CHECK (study_hours > 0 AND study_hours <= 100),
      organization_id uuid,
      organizer varchar(120) NOT NULL,
      created_by varchar(64),
      created_at timestamptz NOT NULL DEFAULT now()
    )`);
    await q.query(`CREATE TABLE training_record (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      volunteer_id uuid NOT NULL,
      course_code varchar(40) NOT NULL REFERENCES training_course (code),
      completed_on date NOT NULL,
      study_hours numeric(5,1) NOT NULL CHECK (study_hours > 0 AND study_hours <= 100),
      organizer varchar(120) NOT NULL,
      organization_id uuid,
      attendance_id uuid UNIQUE,
      recorded_by varchar(64),
      recorded_at timestamptz NOT NULL DEFAULT now(),
      withdrawn_at timestamptz
    )`);
    await q.query(`CREATE UNIQUE INDEX training_record_live ON training_record (volunteer_id, course_code)
      WHERE withdrawn_at IS NULL`);
    await q.query(`ALTER TABLE service_proof ADD COLUMN trainings jsonb NOT NULL DEFAULT '[]'`);
    for (const c of catalogue.courses) {
      await q.query(
        'INSERT INTO training_course (code, name, content, study_hours, organizer) VALUES ($1, $2, $3, $4, $5)',
        [c.code, c.name, c.content, c.studyHours, catalogue.organizer],
      );
      await emit(q.manager, 'training.course', { courseCode: c.code, name: c.name });
    }
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('ALTER TABLE service_proof DROP COLUMN trainings');
    await q.query('DROP TABLE training_record');
    await q.query('DROP TABLE training_course');
  }
}
