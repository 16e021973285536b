import { helmFlat, ruleTester } from './harness.ts';

ruleTester('metadata-version', {
  valid: [helmFlat(), { name: 'prerelease and build', code: helmFlat().replace('version: 1.0.0', 'version: 1.0.0-rc.1+build.5') }],
  invalid: [
    { name: 'missing', code: helmFlat().replace('  version: 1.0.0\n', ''), errors: [{ line: 2, column: 1, message: 'metadata.version is missing', severity: 'warning' }] },
    { name: 'two parts (a YAML float)', code: helmFlat().replace('version: 1.0.0', 'version: 1.10'), errors: [{ line: 4, column: 12, message: 'metadata.version "1.10" is not a semantic version (MAJOR.MINOR.PATCH); write e.g. "1.10.0"' }] },
    { name: 'v prefix', code: helmFlat().replace('version: 1.0.0', 'version: v2.1.0'), errors: [{ line: 4, column: 12, message: 'write e.g. "2.1.0"' }] },
  ],
});
