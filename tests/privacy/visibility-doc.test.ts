import fs from 'node:fs';
import { renderVisibility, VISIBILITY_DOC } from '../../docs/render-visibility';

test('docs/visibility.md is the code table as it stands (npm run docs:visibility rewrites it)', () => {
  expect(fs.readFileSync(VISIBILITY_DOC, 'utf8')).toBe(renderVisibility());
});
