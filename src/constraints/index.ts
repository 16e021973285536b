export { parseConstraint, rewriteRange, type Constraint, type ConstraintResult } from './constraint.ts';
export { parseVersion, parseStrictVersion, compareVersions, formatVersion, type Version, type VersionResult } from './version.ts';
export { MASTERMINDS_3_4_0, MASTERMINDS_3_2_0, type Dialect } from './dialect.ts';
