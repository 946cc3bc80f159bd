import { conflict } from '../../kit/runtime/errors';

/** Turns a unique-constraint violation (a concurrent duplicate) into the CONFLICT a person can act on. */
export async function orConflict<T>(work: Promise<T>, message: string): Promise<T> {
  try {
    return await work;
  } catch (err) {
    if (
      (err as { code?: string }).code === '23505' ||
      (err as { driverError?: { code?: string } }).driverError?.code === '23505'
    )
      throw conflict(message);
    throw err;
  }
}
