/**
 * The operator is built with Masterminds/semver/v3 3.4.0, and so is the Go oracle
 * (test/oracle/go/go.mod), which proves the 3.4.0 dialect on every generated case. The
 * earlier 3.2.0 (the oracle's version before) is kept as a second Dialect: the generated
 * cases where the two answer differently are the changes below, which the live test and the
 * vector replay require to be reached, and hand-written tests cite the changelog:
 *
 * - 3.2.1 #199 "Fixed issue with range transformations": rewriteRange's replacement text
 *   gained a trailing space (`>= a, <= b `), so a hyphen range followed directly by more
 *   text no longer glues onto it (`1 - 2 3` was `>= 1, <= 23`).
 * - 3.3.0 #241 "Simplify StrictNewVersion parsing": metadata, then prerelease, are split
 *   off and validated before the numeric segments (error order changes), and an empty
 *   prerelease or metadata (`1.2.3-`, `1.2.3+`) or an empty identifier (`1.2.3-a..b`) is
 *   rejected (3.2.0 accepted them).
 * - 3.4.0 #267 "Handle pre-releases for an "and" group if one constraint includes them":
 *   a prerelease version may satisfy an AND group when any constraint of the group names a
 *   prerelease (3.2.0: each constraint decided for itself, and `!=` of a fully written
 *   version never excluded prereleases).
 * - 3.4.0 #269 "Updated the error message handling for message case": error texts start
 *   lower-case (`invalid semantic version`, `constraint parser error`).
 * - 3.4.0 #266 "Restore the ability to have leading 0's when parsing with NewVersion"
 *   (CoerceNewVersion, default true): NewVersion parses with the same loose expression as
 *   3.2.0 did, so 3.2.0 and 3.4.0 agree there apart from error texts.
 */
export interface Dialect {
  readonly name: '3.4.0' | '3.2.0';
  /** Trailing space after the rewritten hyphen range (3.2.1 #199). */
  readonly rangeTrailingSpace: boolean;
  /** Prerelease admission decided per AND group (3.4.0 #267) rather than per constraint. */
  readonly groupPrerelease: boolean;
  /** StrictNewVersion splits and validates metadata/prerelease first (3.3.0 #241). */
  readonly strictSplitsFirst: boolean;
  readonly errors: {
    readonly invalidSemVer: string;
    readonly emptyString: string;
    readonly invalidCharacters: string;
    readonly segmentStartsZero: string;
    readonly invalidMetadata: string;
    readonly invalidPrerelease: string;
    /** Prefix of the wrapped strconv error for a numeric segment out of range. */
    readonly segmentParse: string;
    readonly constraintParser: string;
  };
}

export const MASTERMINDS_3_4_0: Dialect = {
  name: '3.4.0',
  rangeTrailingSpace: true,
  groupPrerelease: true,
  strictSplitsFirst: true,
  errors: {
    invalidSemVer: 'invalid semantic version',
    emptyString: 'version string empty',
    invalidCharacters: 'invalid characters in version',
    segmentStartsZero: 'version segment starts with 0',
    invalidMetadata: 'invalid metadata string',
    invalidPrerelease: 'invalid prerelease string',
    segmentParse: 'error parsing version segment: ',
    constraintParser: 'constraint parser error',
  },
};

/** Masterminds semver 3.2.0 (Debian's golang-github-masterminds-semver-dev, the oracle's version before). */
export const MASTERMINDS_3_2_0: Dialect = {
  name: '3.2.0',
  rangeTrailingSpace: false,
  groupPrerelease: false,
  strictSplitsFirst: false,
  errors: {
    invalidSemVer: 'Invalid Semantic Version',
    emptyString: 'Version string empty',
    invalidCharacters: 'Invalid characters in version',
    segmentStartsZero: 'Version segment starts with 0',
    invalidMetadata: 'Invalid Metadata string',
    invalidPrerelease: 'Invalid Prerelease string',
    segmentParse: 'Error parsing version segment: ',
    constraintParser: 'constraint Parser Error',
  },
};
