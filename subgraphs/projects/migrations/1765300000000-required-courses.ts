import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A project may require a completed training course (issue 17.2). The catalogue's codes and names and who holds
 * which course are the volunteers subgraph's; this one keeps replicas from `training.course` and
 * `training.recorded`, so sign-up decides under its own locks without asking another subgraph.
 */
export class RequiredCourses1765300000000 implements MigrationInterface {
  async up(q: QueryRunner): Promise<void> {
    await q.query('ALTER TABLE project ADD COLUMN required_course_code varchar(40)');
    await q.query(`CREATE TABLE training_course_replica (
      code varchar(40) PRIMARY KEY,
      name varchar(60) NOT NULL
    )`);
    await q.query(`CREATE TABLE completed_course (
      volunteer_id uuid NOT NULL,
      course_code varchar(40) NOT NULL,
      completed_on date NOT NULL,
      PRIMARY KEY (volunteer_id, course_code)
    )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE completed_course');
    await q.query('DROP TABLE training_course_replica');
    await q.query('ALTER TABLE project DROP COLUMN required_course_code');
  }
}
