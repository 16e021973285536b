import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import {
  checkImageReference,
  grammar,
  imageReferenceProblem,
  parseNormalizedNamed,
  parseReference,
  splitDockerDomain,
  validateDigest,
} from '../../src/rules/shared/image-reference.ts';
import type { ReferenceErrorKind } from '../../src/rules/shared/image-reference.ts';

/*
 * Cases ported from distribution/reference (reference_test.go, regexp_test.go,
 * normalize_test.go): the inputs and their outcomes are the library's behaviour.
 */

const F64 = 'f'.repeat(64);
const F128 = 'f'.repeat(128);

describe('Parse (TestReferenceParse)', () => {
  const cases: { input: string; err?: ReferenceErrorKind; repository?: string; domain?: string; tag?: string; digest?: string }[] = [
    { input: 'test_com', repository: 'test_com' },
    { input: 'test.com:tag', repository: 'test.com', tag: 'tag' },
    { input: 'test.com:5000', repository: 'test.com', tag: '5000' },
    { input: 'test.com/repo:tag', domain: 'test.com', repository: 'test.com/repo', tag: 'tag' },
    { input: 'test:5000/repo', domain: 'test:5000', repository: 'test:5000/repo' },
    { input: 'test:5000/repo:tag', domain: 'test:5000', repository: 'test:5000/repo', tag: 'tag' },
    { input: `test:5000/repo@sha256:${F64}`, domain: 'test:5000', repository: 'test:5000/repo', digest: `sha256:${F64}` },
    { input: `test:5000/repo:tag@sha256:${F64}`, domain: 'test:5000', repository: 'test:5000/repo', tag: 'tag', digest: `sha256:${F64}` },
    { input: '', err: 'name-empty' },
    { input: ':justtag', err: 'invalid-format' },
    { input: `@sha256:${F64}`, err: 'invalid-format' },
    { input: `repo@sha256:${'f'.repeat(34)}`, err: 'digest-invalid-length' },
    { input: `validname@invaliddigest:${F64}`, err: 'digest-unsupported' },
    { input: 'Uppercase:tag', err: 'name-uppercase' },
    // "Uppercase/lowercase:tag" parses: "Uppercase" is taken as a domain name.
    { input: 'Uppercase/lowercase:tag', domain: 'Uppercase', repository: 'Uppercase/lowercase', tag: 'tag' },
    { input: 'test:5000/Uppercase/lowercase:tag', err: 'name-uppercase' },
    { input: 'lowercase:Uppercase', repository: 'lowercase', tag: 'Uppercase' },
    { input: `domain/${'a'.repeat(256)}:tag`, err: 'name-too-long' },
    { input: `${'a/'.repeat(127)}a:tag-puts-this-over-max`, domain: 'a', repository: `${'a/'.repeat(127)}a`, tag: 'tag-puts-this-over-max' },
    { input: 'aa/asdf$$^/aa', err: 'invalid-format' },
    { input: 'sub-dom1.foo.com/bar/baz/quux', domain: 'sub-dom1.foo.com', repository: 'sub-dom1.foo.com/bar/baz/quux' },
    { input: 'sub-dom1.foo.com/bar/baz/quux:some-long-tag', domain: 'sub-dom1.foo.com', repository: 'sub-dom1.foo.com/bar/baz/quux', tag: 'some-long-tag' },
    { input: 'b.gcr.io/test.example.com/my-app:test.example.com', domain: 'b.gcr.io', repository: 'b.gcr.io/test.example.com/my-app', tag: 'test.example.com' },
    { input: 'xn--n3h.com/myimage:xn--n3h.com', domain: 'xn--n3h.com', repository: 'xn--n3h.com/myimage', tag: 'xn--n3h.com' },
    {
      input: `xn--7o8h.com/myimage:xn--7o8h.com@sha512:${F128}`,
      domain: 'xn--7o8h.com',
      repository: 'xn--7o8h.com/myimage',
      tag: 'xn--7o8h.com',
      digest: `sha512:${F128}`,
    },
    { input: 'foo_bar.com:8080', repository: 'foo_bar.com', tag: '8080' },
    { input: 'foo/foo_bar.com:8080', domain: 'foo', repository: 'foo/foo_bar.com', tag: '8080' },
    { input: '192.168.1.1', repository: '192.168.1.1' },
    { input: '192.168.1.1:tag', repository: '192.168.1.1', tag: 'tag' },
    { input: '192.168.1.1:5000', repository: '192.168.1.1', tag: '5000' },
    { input: '192.168.1.1/repo', domain: '192.168.1.1', repository: '192.168.1.1/repo' },
    { input: '192.168.1.1:5000/repo', domain: '192.168.1.1:5000', repository: '192.168.1.1:5000/repo' },
    { input: '192.168.1.1:5000/repo:5050', domain: '192.168.1.1:5000', repository: '192.168.1.1:5000/repo', tag: '5050' },
    { input: '[2001:db8::1]', err: 'invalid-format' },
    { input: '[2001:db8::1]:5000', err: 'invalid-format' },
    { input: '[2001:db8::1]:tag', err: 'invalid-format' },
    { input: '[2001:db8::1]/repo', domain: '[2001:db8::1]', repository: '[2001:db8::1]/repo' },
    { input: '[2001:db8:1:2:3:4:5:6]/repo:tag', domain: '[2001:db8:1:2:3:4:5:6]', repository: '[2001:db8:1:2:3:4:5:6]/repo', tag: 'tag' },
    { input: '[2001:db8::1]:5000/repo', domain: '[2001:db8::1]:5000', repository: '[2001:db8::1]:5000/repo' },
    { input: '[2001:db8::1]:5000/repo:tag', domain: '[2001:db8::1]:5000', repository: '[2001:db8::1]:5000/repo', tag: 'tag' },
    { input: `[2001:db8::1]:5000/repo@sha256:${F64}`, domain: '[2001:db8::1]:5000', repository: '[2001:db8::1]:5000/repo', digest: `sha256:${F64}` },
    {
      input: `[2001:db8::1]:5000/repo:tag@sha256:${F64}`,
      domain: '[2001:db8::1]:5000',
      repository: '[2001:db8::1]:5000/repo',
      tag: 'tag',
      digest: `sha256:${F64}`,
    },
    { input: '[2001:db8::]:5000/repo', domain: '[2001:db8::]:5000', repository: '[2001:db8::]:5000/repo' },
    { input: '[::1]:5000/repo', domain: '[::1]:5000', repository: '[::1]:5000/repo' },
    { input: '[fe80::1%eth0]:5000/repo', err: 'invalid-format' },
    { input: '[fe80::1%@invalidzone]:5000/repo', err: 'invalid-format' },
    { input: `example.com/${'a'.repeat(255)}:tag`, domain: 'example.com', repository: `example.com/${'a'.repeat(255)}`, tag: 'tag' },
    // TestSerialization
    { input: 'example.com:8000/named', domain: 'example.com:8000', repository: 'example.com:8000/named' },
    { input: 'example.com:8000/named:tagged', domain: 'example.com:8000', repository: 'example.com:8000/named', tag: 'tagged' },
    {
      input: 'other.com/named@sha256:1234567890098765432112345667890098765432112345667890098765432112',
      domain: 'other.com',
      repository: 'other.com/named',
      digest: 'sha256:1234567890098765432112345667890098765432112345667890098765432112',
    },
  ];
  for (const c of cases) {
    test(c.input.length > 80 ? `${c.input.slice(0, 77)}...` : c.input || '(empty)', () => {
      const r = parseReference(c.input);
      if (c.err) {
        assert.deepEqual(r, { ok: false, error: c.err });
        return;
      }
      assert.ok(r.ok, `unexpected error ${!r.ok ? r.error : ''}`);
      const name = r.ref.domain ? `${r.ref.domain}/${r.ref.path}` : r.ref.path;
      assert.equal(name, c.repository);
      assert.equal(r.ref.domain, c.domain ?? '');
      assert.equal(r.ref.tag, c.tag);
      assert.equal(r.ref.digest, c.digest);
    });
  }
});

describe('regular expressions (regexp_test.go)', () => {
  test('TestDomainRegexp', () => {
    const cases: [string, boolean][] = [
      ['test.com', true],
      ['test.com:10304', true],
      ['test.com:http', false],
      ['localhost', true],
      ['localhost:8080', true],
      ['a', true],
      ['a.b', true],
      ['ab.cd.com', true],
      ['a-b.com', true],
      ['-ab.com', false],
      ['ab-.com', false],
      ['ab.c-om', true],
      ['ab.-com', false],
      ['ab.com-', false],
      ['0101.com', true],
      ['001a.com', true],
      ['b.gbc.io:443', true],
      ['b.gbc.io', true],
      ['xn--n3h.com', true],
      ['Asdf.com', true],
      ['192.168.1.1:75050', true],
      ['192.168.1.1:750050', true],
      ['[fd00:1:2::3]:75050', true],
      ['[fd00:1:2::3]75050', false],
      ['[fd00:1:2::3]::75050', false],
      ['[fd00:1:2::3%eth0]:75050', false],
      ['[fd00123123123]:75050', true],
      ['[2001:0db8:85a3:0000:0000:8a2e:0370:7334]:75050', true],
      ['[2001:0db8:85a3:0000:0000:8a2e:0370:7334]:750505', true],
      ['fd00:1:2::3:75050', false],
    ];
    for (const [input, match] of cases) assert.equal(grammar.domain(input), match, input);
  });

  test('TestFullNameRegexp', () => {
    const cases: [string, [string, string] | undefined][] = [
      ['', undefined],
      ['short', ['', 'short']],
      ['simple/name', ['simple', 'name']],
      ['library/ubuntu', ['library', 'ubuntu']],
      ['docker/stevvooe/app', ['docker', 'stevvooe/app']],
      ['aa/aa/aa/aa/aa/aa/aa/aa/aa/bb/bb/bb/bb/bb/bb', ['aa', 'aa/aa/aa/aa/aa/aa/aa/aa/bb/bb/bb/bb/bb/bb']],
      ['aa/aa/bb/bb/bb', ['aa', 'aa/bb/bb/bb']],
      ['a/a/a/a', ['a', 'a/a/a']],
      ['a/a/a/a/', undefined],
      ['a//a/a', undefined],
      ['a', ['', 'a']],
      ['a/aa', ['a', 'aa']],
      ['a/aa/a', ['a', 'aa/a']],
      ['foo.com', ['', 'foo.com']],
      ['foo.com/', undefined],
      ['foo.com:8080/bar', ['foo.com:8080', 'bar']],
      ['foo.com:http/bar', undefined],
      ['foo.com/bar', ['foo.com', 'bar']],
      ['foo.com/bar/baz', ['foo.com', 'bar/baz']],
      ['localhost:8080/bar', ['localhost:8080', 'bar']],
      ['sub-dom1.foo.com/bar/baz/quux', ['sub-dom1.foo.com', 'bar/baz/quux']],
      ['blog.foo.com/bar/baz', ['blog.foo.com', 'bar/baz']],
      ['a^a', undefined],
      ['aa/asdf$$^/aa', undefined],
      ['asdf$$^/aa', undefined],
      ['aa-a/a', ['aa-a', 'a']],
      [`${'a/'.repeat(128)}a`, ['a', `${'a/'.repeat(127)}a`]],
      ['a-/a/a/a', undefined],
      ['foo.com/a-/a/a', undefined],
      ['-foo/bar', undefined],
      ['foo/bar-', undefined],
      ['foo-/bar', undefined],
      ['foo/-bar', undefined],
      ['_foo/bar', undefined],
      ['foo_bar', ['', 'foo_bar']],
      ['foo_bar.com', ['', 'foo_bar.com']],
      ['foo_bar.com:8080', undefined],
      ['foo_bar.com:8080/app', undefined],
      ['foo.com/foo_bar', ['foo.com', 'foo_bar']],
      ['____/____', undefined],
      ['_docker/_docker', undefined],
      ['docker_/docker_', undefined],
      ['b.gcr.io/test.example.com/my-app', ['b.gcr.io', 'test.example.com/my-app']],
      ['xn--n3h.com/myimage', ['xn--n3h.com', 'myimage']],
      ['xn--7o8h.com/myimage', ['xn--7o8h.com', 'myimage']],
      ['example.com/xn--7o8h.com/myimage', ['example.com', 'xn--7o8h.com/myimage']],
      ['example.com/some_separator__underscore/myimage', ['example.com', 'some_separator__underscore/myimage']],
      ['example.com/__underscore/myimage', undefined],
      ['example.com/..dots/myimage', undefined],
      ['example.com/.dots/myimage', undefined],
      ['example.com/nodouble..dots/myimage', undefined],
      ['docker./docker', undefined],
      ['.docker/docker', undefined],
      ['docker-/docker', undefined],
      ['-docker/docker', undefined],
      ['do..cker/docker', undefined],
      ['do__cker:8080/docker', undefined],
      ['do__cker/docker', ['', 'do__cker/docker']],
      ['registry.io/foo/project--id.module--name.ver---sion--name', ['registry.io', 'foo/project--id.module--name.ver---sion--name']],
      ['Asdf.com/foo/bar', ['Asdf.com', 'foo/bar']],
      ['Foo/FarB', undefined],
    ];
    for (const [input, subs] of cases) assert.deepEqual(grammar.name(input), subs, input);
  });

  test('TestReferenceRegexp', () => {
    const d = 'sha256:be178c0543eb17f5f3043021c9e5fcf30285e557a4fc309cce97ff9ca6182912';
    const cases: [string, [string, string, string] | undefined][] = [
      ['registry.com:8080/myapp:tag', ['registry.com:8080/myapp', 'tag', '']],
      [`registry.com:8080/myapp@${d}`, ['registry.com:8080/myapp', '', d]],
      [`registry.com:8080/myapp:tag2@${d}`, ['registry.com:8080/myapp', 'tag2', d]],
      ['registry.com:8080/myapp@sha256:badbadbadbad', undefined],
      ['registry.com:8080/myapp:invalid~tag', undefined],
      ['bad_hostname.com:8080/myapp:tag', undefined],
      [`localhost:8080@${d}`, ['localhost', '8080', d]],
      [`localhost:8080/name@${d}`, ['localhost:8080/name', '', d]],
      [`localhost:http/name@${d}`, undefined],
      [`localhost@${d}`, ['localhost', '', d]],
      ['registry.com:8080/myapp@bad', undefined],
      ['registry.com:8080/myapp@2bad', undefined],
    ];
    for (const [input, subs] of cases) assert.deepEqual(grammar.reference(input), subs, input);
  });

  test('TestIdentifierRegexp', () => {
    const cases: [string, boolean][] = [
      ['da304e823d8ca2b9d863a3c897baeb852ba21ea9a9f1414736394ae7fcaf9821', true],
      ['7EC43B381E5AEFE6E04EFB0B3F0693FF2A4A50652D64AEC573905F2DB5889A1C', false],
      ['da304e823d8ca2b9d863a3c897baeb852ba21ea9a9f1414736394ae7fcaf', false],
      ['sha256:da304e823d8ca2b9d863a3c897baeb852ba21ea9a9f1414736394ae7fcaf9821', false],
      ['da304e823d8ca2b9d863a3c897baeb852ba21ea9a9f1414736394ae7fcaf98218482', false],
    ];
    for (const [input, match] of cases) assert.equal(grammar.identifier(input), match, input);
  });
});

describe('ParseNormalizedNamed (normalize_test.go)', () => {
  test('TestValidateReferenceName', () => {
    const valid = [
      'docker/docker',
      'library/debian',
      'debian',
      'docker.io/docker/docker',
      'docker.io/library/debian',
      'docker.io/debian',
      'index.docker.io/docker/docker',
      'index.docker.io/library/debian',
      'index.docker.io/debian',
      '127.0.0.1:5000/docker/docker',
      '127.0.0.1:5000/library/debian',
      '127.0.0.1:5000/debian',
      '192.168.0.1',
      '192.168.0.1:80',
      '192.168.0.1:8/debian',
      '192.168.0.2:25000/debian',
      'thisisthesongthatneverendsitgoesonandonandonthisisthesongthatnev',
      '[fc00::1]:5000/docker',
      '[fc00::1]:5000/docker/docker',
      '[fc00:1:2:3:4:5:6:7]:5000/library/debian',
      'docker.io/1a3f5e7d9c1b3a5f7e9d1c3b5a7f9e1d3c5b7a9f1e3d5d7c9b1a3f5e7d9c1b3a',
      'Docker/docker',
      'DOCKER/docker',
    ];
    const invalid = [
      'https://github.com/docker/docker',
      'docker/Docker',
      '-docker',
      '-docker/docker',
      '-docker.io/docker/docker',
      'docker///docker',
      'docker.io/docker/Docker',
      'docker.io/docker///docker',
      '[fc00::1]',
      '[fc00::1]:5000',
      'fc00::1:5000/debian',
      '[fe80::1%eth0]:5000/debian',
      '[2001:db8:3:4::192.0.2.33]:5000/debian',
      '1a3f5e7d9c1b3a5f7e9d1c3b5a7f9e1d3c5b7a9f1e3d5d7c9b1a3f5e7d9c1b3a',
    ];
    for (const s of valid) assert.ok(parseNormalizedNamed(s).ok, `valid: ${s}`);
    for (const s of invalid) assert.ok(!parseNormalizedNamed(s).ok, `invalid: ${s}`);
  });

  test('TestValidateRemoteName', () => {
    const valid = [
      'docker/docker',
      'thisisthesongthatneverendsitgoesonandonandonthisisthesongthatnev',
      'docker-rules/docker',
      'docker---rules/docker',
      'doc/docker',
      'd/docker',
      'jess/t',
      'dock__er/docker',
    ];
    const invalid = [
      'docker/Docker',
      'docker///docker',
      '1a3f5e7d9c1b3a5f7e9d1c3b5a7f9e1d3c5b7a9f1e3d5d7c9b1a3f5e7d9c1b3a',
      '-docker/docker',
      'docker-/docker',
      '-docker-/docker',
      '____/____',
      '_docker/_docker',
      'dock..er/docker',
      'dock_.er/docker',
      'dock-.er/docker',
      'docker/',
      `${'this_is_not_a_valid_namespace_because_its_lenth_is_greater_than_255_'.repeat(4).slice(0, -1)}/docker`,
    ];
    for (const s of valid) assert.ok(parseNormalizedNamed(s).ok, `valid: ${s}`);
    for (const s of invalid) assert.ok(!parseNormalizedNamed(s).ok, `invalid: ${s}`);
  });

  test('TestParseRepositoryInfo and TestNormalizedSplitHostname: domain and path', () => {
    const cases: [string, string, string][] = [
      ['fooo/bar', 'docker.io', 'fooo/bar'],
      ['docker.io/fooo/bar', 'docker.io', 'fooo/bar'],
      ['index.docker.io/fooo/bar', 'docker.io', 'fooo/bar'],
      ['ubuntu', 'docker.io', 'library/ubuntu'],
      ['docker.io/library/ubuntu', 'docker.io', 'library/ubuntu'],
      ['library/ubuntu', 'docker.io', 'library/ubuntu'],
      ['nonlibrary/ubuntu', 'docker.io', 'nonlibrary/ubuntu'],
      ['other/library', 'docker.io', 'other/library'],
      ['127.0.0.1:8000/private/moonbase', '127.0.0.1:8000', 'private/moonbase'],
      ['127.0.0.1:8000/privatebase', '127.0.0.1:8000', 'privatebase'],
      ['example.com/private/moonbase', 'example.com', 'private/moonbase'],
      ['example.com/privatebase', 'example.com', 'privatebase'],
      ['example.com:8000/private/moonbase', 'example.com:8000', 'private/moonbase'],
      ['example.com:8000/privatebasee', 'example.com:8000', 'privatebasee'],
      ['ubuntu-12.04-base', 'docker.io', 'library/ubuntu-12.04-base'],
      ['index.docker.io/library/ubuntu-12.04-base', 'docker.io', 'library/ubuntu-12.04-base'],
      ['foo', 'docker.io', 'library/foo'],
      ['docker.io/foo', 'docker.io', 'library/foo'],
      ['library/foo/bar', 'docker.io', 'library/foo/bar'],
      ['store/foo/bar', 'docker.io', 'store/foo/bar'],
      ['Foo/bar', 'Foo', 'bar'],
      ['FOO/bar', 'FOO', 'bar'],
      ['test.com/foo', 'test.com', 'foo'],
      ['test_com/foo', 'docker.io', 'test_com/foo'],
      ['docker/migrator', 'docker.io', 'docker/migrator'],
      ['test.com:8080/foo', 'test.com:8080', 'foo'],
      ['test-com:8080/foo', 'test-com:8080', 'foo'],
      ['xn--n3h.com/foo', 'xn--n3h.com', 'foo'],
      ['xn--n3h.com:18080/foo', 'xn--n3h.com:18080', 'foo'],
      ['docker.io/library/foo/bar', 'docker.io', 'library/foo/bar'],
      ['dbcc1c35ac38df41fd2f5e4130b32ffdb93ebae8b3dbe638c23575912276fc9', 'docker.io', 'library/dbcc1c35ac38df41fd2f5e4130b32ffdb93ebae8b3dbe638c23575912276fc9'],
    ];
    for (const [input, domain, path] of cases) {
      const r = parseNormalizedNamed(input);
      assert.ok(r.ok, input);
      assert.deepEqual([r.ref.domain, r.ref.path], [domain, path], input);
    }
  });

  test('TestParseReferenceWithTagAndDigest', () => {
    const r = parseNormalizedNamed('busybox:latest@sha256:86e0e091d0da6bde2456dbb48306f3956bbeb2eae1b5b9a43045843f69fe4aaa');
    assert.ok(r.ok);
    assert.deepEqual(r.ref, {
      domain: 'docker.io',
      path: 'library/busybox',
      tag: 'latest',
      digest: 'sha256:86e0e091d0da6bde2456dbb48306f3956bbeb2eae1b5b9a43045843f69fe4aaa',
    });
  });

  test('the 64-hex identifier and uppercase remote errors', () => {
    assert.deepEqual(parseNormalizedNamed('1a3f5e7d9c1b3a5f7e9d1c3b5a7f9e1d3c5b7a9f1e3d5d7c9b1a3f5e7d9c1b3a'), { ok: false, error: 'identifier' });
    assert.deepEqual(parseNormalizedNamed('docker/Docker'), { ok: false, error: 'remote-uppercase' });
    assert.deepEqual(parseNormalizedNamed(`repo@SHA256:${F64}`), { ok: false, error: 'remote-uppercase' });
    assert.deepEqual(parseNormalizedNamed('-docker'), { ok: false, error: 'invalid-format' });
  });

  test('splitDockerDomain', () => {
    assert.deepEqual(splitDockerDomain('redis:7'), { domain: 'docker.io', remainder: 'library/redis:7' });
    assert.deepEqual(splitDockerDomain('localhost/x'), { domain: 'localhost', remainder: 'x' });
    assert.deepEqual(splitDockerDomain('index.docker.io/x'), { domain: 'docker.io', remainder: 'library/x' });
    assert.deepEqual(splitDockerDomain('acme/x:1'), { domain: 'docker.io', remainder: 'acme/x:1' });
  });
});

describe('go-digest Validate', () => {
  test('algorithms, lengths and encodings', () => {
    assert.equal(validateDigest(`sha256:${F64}`), undefined);
    assert.equal(validateDigest(`sha384:${'a'.repeat(96)}`), undefined);
    assert.equal(validateDigest(`sha512:${F128}`), undefined);
    assert.equal(validateDigest(`sha256:${'f'.repeat(63)}`), 'digest-invalid-length');
    assert.equal(validateDigest(`sha512:${F64}`), 'digest-invalid-length');
    assert.equal(validateDigest(`sha256:${'F'.repeat(64)}`), 'digest-invalid-format');
    assert.equal(validateDigest(`md5:${'f'.repeat(32)}`), 'digest-unsupported');
    assert.equal(validateDigest(`SHA256:${F64}`), 'digest-unsupported');
    assert.equal(validateDigest('sha256:'), 'digest-invalid-format');
    assert.equal(validateDigest(`:${F64}`), 'digest-invalid-format');
    assert.equal(validateDigest(F64), 'digest-invalid-format');
    assert.equal(validateDigest(`1sha:${F64}`), 'digest-invalid-format');
  });
});

describe('explanations', () => {
  const cases: [string, string | RegExp][] = [
    ['', 'is empty'],
    [' ghcr.io/acme/module:v1', 'has leading or trailing whitespace; write "ghcr.io/acme/module:v1"'],
    ['ghcr.io/acme/module :v1', 'contains whitespace'],
    ['https://ghcr.io/acme/module:v1', 'starts with the URL scheme "https://", but an image reference has no scheme; write "ghcr.io/acme/module:v1"'],
    ['docker://redis', 'write "redis"'],
    ['1a3f5e7d9c1b3a5f7e9d1c3b5a7f9e1d3c5b7a9f1e3d5d7c9b1a3f5e7d9c1b3a', 'is a bare 64-hex image ID'],
    ['Redis', 'has uppercase letters in the repository "Redis"; repository paths must be lowercase, e.g. "redis"'],
    ['ghcr.io/Acme/Module:v1', 'has uppercase letters in the repository "Acme/Module"; repository paths must be lowercase, e.g. "ghcr.io/acme/module"'],
    ['Foo_bar/baz', 'has uppercase letters in the repository "Foo_bar/baz"'],
    ['my-registry//module', 'has an empty path component in "my-registry//module"'],
    ['/module', 'has an empty path component'],
    ['module/', 'has an empty path component'],
    ['ghcr.io/', 'names the registry "ghcr.io" but no repository after it; e.g. "ghcr.io/acme/module:v1.2.3"'],
    ['ghcr.io/acme/-module', 'has the path component "-module", which must start and end with a lowercase letter or digit'],
    ['ghcr.io/acme/module_', 'has the path component "module_"'],
    ['ghcr.io/acme/my..module', 'has the separator ".." in the path component "my..module"'],
    ['ghcr.io/acme/my___module', 'has the separator "___"'],
    ['ghcr.io/acme/my_-module', 'has the separator "_-"'],
    ['ghcr.io/acme/my$module', 'has "$" in the path component "my$module"'],
    ['ghcr.io/ac:me/module', /has ":" in the path component "ac:me" \(a ":" before the last "\/" must be a registry port/],
    ['bad_host.com:5000/module', 'has "_" in the registry host "bad_host.com"'],
    ['-bad.com/module', 'has the registry host "-bad.com" with the label "-bad", which must not start or end with "-"'],
    ['ghcr..io/module', 'has the registry host "ghcr..io" with an empty label'],
    ['localhost:http/module', 'has the registry port "http", which is not a number; e.g. "localhost:5000"'],
    ['localhost:/module', 'has the registry "localhost:" with ":" but no port number after it'],
    ['fc00::1:5000/debian', 'looks like an IPv6 address; put it in brackets'],
    ['[fe80::1%eth0]:5000/repo', 'with an IPv6 zone'],
    ['[2001:db8:3:4::192.0.2.33]:5000/debian', 'inside "[ ]" only an IPv6 address'],
    ['[::1]:5000', 'is only a registry address; add the repository after it, e.g. "[::1]:5000/module:v1.2.3"'],
    ['[::1:5000/x', 'with "[" but no closing "]"'],
    ['ghcr.io/acme/module:', 'ends with ":" but no tag follows'],
    [`ghcr.io/acme/module:@sha256:${F64}`, 'has ":" with no tag before "@"'],
    ['ghcr.io/acme/module:-rc1', 'has the tag "-rc1", which must start with a letter, digit or "_"'],
    ['ghcr.io/acme/module:v1+build', 'has "+" in the tag "v1+build"; tags allow letters, digits, "_", "." and "-"'],
    ['ghcr.io/acme/module:v1:v2', 'has ":" in the tag "v1:v2"'],
    [`ghcr.io/acme/module:${'a'.repeat(129)}`, 'has a tag of 129 characters, over the 128 allowed'],
    ['ghcr.io/acme/module@', 'ends with "@" but no digest follows'],
    [`ghcr.io/acme/module@${F64}`, `has the digest "${F64}" without an algorithm`],
    [`ghcr.io/acme/module@:${F64}`, 'with no algorithm before ":"'],
    [`ghcr.io/acme/module@SHA256:${F64}`, 'has the digest algorithm "SHA256"; it must be lowercase "sha256"'],
    [`ghcr.io/acme/module@md5:${'f'.repeat(32)}`, 'has the unsupported digest algorithm "md5"; use sha256'],
    [`ghcr.io/acme/module@sha-:${F64}`, 'has the malformed digest algorithm "sha-"'],
    ['ghcr.io/acme/module@sha256:', 'has no digest value after "sha256:"; it needs 64 lowercase hex digits'],
    ['ghcr.io/acme/module@sha256:abc', 'has a sha256 digest of 3 hex digits; it needs exactly 64'],
    [`ghcr.io/acme/module@sha512:${F64}`, 'has a sha512 digest of 64 hex digits; it needs exactly 128'],
    [`ghcr.io/acme/module@sha256:${'g'.repeat(64)}`, 'has "g" in the sha256 digest, which allows only hex digits'],
    [`ghcr.io/acme/module@sha256:${'F'.repeat(64)}`, 'has uppercase hex digits in the sha256 digest; write it in lowercase'],
    [`ghcr.io/acme/module@sha256:${F64}@sha256:${F64}`, 'contains more than one "@"'],
    ['ghcr.io/ac@me/module', 'has "@" before a "/"'],
    [':v1', 'has no repository name before ":"'],
    [`@sha256:${F64}`, 'has no repository name before "@"'],
    [`${'a'.repeat(250)}`, 'has a repository path of 258 characters (as "library/…" on Docker Hub), over the 255 allowed'],
    [`example.com/${'a'.repeat(256)}`, 'has a repository path of 256 characters, over the 255 allowed'],
  ];
  for (const [input, expected] of cases) {
    test(input.length > 60 ? `${input.slice(0, 57)}...` : input || '(empty)', () => {
      const problem = imageReferenceProblem(input);
      assert.ok(problem !== undefined, 'expected a problem');
      if (typeof expected === 'string') assert.ok(problem.includes(expected), `${problem}\nshould include\n${expected}`);
      else assert.match(problem, expected);
    });
  }

  test('valid references have no problem and give their parts', () => {
    assert.deepEqual(checkImageReference('ghcr.io/acme/module:v1.2.3'), { ref: { domain: 'ghcr.io', path: 'acme/module', tag: 'v1.2.3' } });
    assert.deepEqual(checkImageReference('my-registry/my-module'), { ref: { domain: 'docker.io', path: 'my-registry/my-module' } });
    assert.deepEqual(checkImageReference('redis:7.2'), { ref: { domain: 'docker.io', path: 'library/redis', tag: '7.2' } });
    for (const s of ['localhost:5000/a/b', 'Registry.Example.com/a:TAG', `a@sha384:${'0'.repeat(96)}`, 'a.b_c__d---e/f', '123', 'a:_']) {
      assert.equal(imageReferenceProblem(s), undefined, s);
    }
  });

  test('a suggested fix is itself valid, or not offered', () => {
    // The lower-cased path would still hold "$", so no example is given.
    const p = imageReferenceProblem('ghcr.io/Acme$/module');
    assert.ok(p && !p.includes('e.g.'), p);
    assert.ok(!imageReferenceProblem('https://ghcr.io/a//b')?.includes('write'));
  });

  test('every invalid mutation of a valid reference is explained specifically', () => {
    const seeds = [
      'ghcr.io/acme/module:v1.2.3',
      `localhost:5000/a/b@sha256:${'a'.repeat(64)}`,
      '[::1]:5000/x:y',
      'redis',
      'a_b__c-d.e/f---g:T_1.2-3',
      `docker.io/library/redis:7@sha512:${'b'.repeat(128)}`,
    ];
    const alphabet = 'aZ0._-:/@[]%~ A';
    let seed = 12345;
    const rnd = (n: number): number => {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff;
      return seed % n;
    };
    let invalid = 0;
    for (let i = 0; i < 20000; i++) {
      let s = seeds[rnd(seeds.length)];
      for (let k = 1 + rnd(3); k > 0; k--) {
        const p = rnd(s.length + 1);
        const c = alphabet[rnd(alphabet.length)];
        const op = rnd(3);
        s = op === 0 ? s.slice(0, p) + c + s.slice(p) : op === 1 ? s.slice(0, p) + s.slice(p + 1) : s.slice(0, p) + c + s.slice(p + 1);
      }
      const r = checkImageReference(s);
      assert.notEqual(r.ref === undefined, r.problem === undefined, s);
      assert.equal(r.ref !== undefined, parseNormalizedNamed(s).ok, s);
      if (r.problem) {
        invalid++;
        assert.ok(!r.problem.startsWith('is not a valid image reference'), `generic explanation for ${JSON.stringify(s)}`);
      }
    }
    assert.ok(invalid > 1000);
  });

  test('long input is refused without running the regular expressions', () => {
    const s = `${'a-'.repeat(5000)}!`;
    const t0 = Date.now();
    assert.ok(imageReferenceProblem(s)?.includes('characters long'));
    assert.ok(Date.now() - t0 < 1000);
  });
});
