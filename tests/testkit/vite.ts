import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { repoPath } from '../../subgraphs/kit/runtime/paths';

/**
 * Builds one of the gateway's browser bundles exactly as `npm run build` does, so a fresh checkout needs no
 * prebuilt bundle. Call it before starting the city, not beside it: on two cores a concurrent build starves the
 * city's start-up.
 */
export async function viteBuild(config: string): Promise<void> {
  const vite = repoPath('node_modules', 'vite', 'bin', 'vite.js');
  await promisify(execFile)(process.execPath, [vite, 'build', '--config', config], {
    cwd: repoPath(),
    timeout: 150_000,
  });
}
