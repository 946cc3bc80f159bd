import fs from 'node:fs';
import path from 'node:path';

/** The repository root, found from this file whether it runs from source or from dist/. */
function findRoot(): string {
  let dir = __dirname;
  while (!fs.existsSync(path.join(dir, 'package.json'))) {
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error('package.json not found above ' + __dirname);
    dir = parent;
  }
  return dir;
}

export const REPO_ROOT = findRoot();

/** A path below the repository root (SDL files and data are read from source, also when running dist/). */
export function repoPath(...parts: string[]): string {
  return path.join(REPO_ROOT, ...parts);
}
