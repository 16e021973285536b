import assert from 'node:assert/strict';
import { test } from 'node:test';
import { lintText } from '../../src/lint/lint-text.ts';
import { prepareModuleRun } from '../../src/lint/lint-module.ts';
import type { DefinitionResolver, ModuleLintOptions } from '../../src/lint/lint-module.ts';

const mod = (name: string, source: string) => `apiVersion: batch.forkspacer.com/v1\nkind: Module\nmetadata:\n  name: ${name}\nspec:\n  source:\n${source}  config:\n    replicas: 9\n  workspace:\n    name: dev\n`;
const def = 'kind: Helm\nmetadata:\n  name: r\n  version: "1.0.0"\n  supportedOperatorVersion: ">= 0.1.0"\nconfig:\n  - type: integer\n    name: R\n    alias: replicas\n    spec: {editable: true, max: 5}\nspec:\n  namespace: default\n  repo: https://charts.bitnami.com/bitnami\n  chartName: redis\n  version: 1.0.0\n';

test('prepareModuleRun asks the resolver once per source no input answers, and the lint uses the answers', async () => {
  const asked: string[] = [];
  const resolver: DefinitionResolver = {
    async resolveHttp(url) {
      asked.push(url);
      if (url.endsWith('/ok')) return { ok: true, text: def, url };
      if (url.endsWith('/offline')) return { ok: false, error: 'offline', offline: true };
      return { ok: false, error: 'HTTP 404 Not Found' };
    },
    resolveConfigMap(name, namespace, key) {
      asked.push(`${namespace}/${name}/${key}`);
      return name === 'there' ? Promise.resolve({ ok: true, text: def }) : Promise.resolve({ ok: false, error: 'ConfigMap not found in the cluster', notFound: true });
    },
  };
  const files = [
    { file: 'a.yaml', text: mod('a', '    httpURL: https://h/ok\n') + '---\n' + mod('b', '    httpURL: https://h/ok\n') },
    { file: 'b.yaml', text: mod('c', '    httpURL: https://h/404\n') + '---\n' + mod('d', '    httpURL: https://h/offline\n') },
    { file: 'c.yaml', text: mod('e', '    configMap:\n      name: there\n') + '---\n' + mod('f', '    configMap:\n      name: gone\n') },
  ];
  const prepared = await prepareModuleRun(files, resolver);
  assert.deepEqual(asked.sort(), ['default/gone/module.yaml', 'default/there/module.yaml', 'https://h/404', 'https://h/offline', 'https://h/ok']);
  const lint = (i: number) =>
    lintText(files[i].file, files[i].text, prepared as ModuleLintOptions)
      .findings.filter((f) => f.ruleId.startsWith('module-'))
      .map((f) => `${f.range.start.line}:${f.range.start.column} ${f.ruleId}`);
  assert.deepEqual(lint(0), ['9:15 module-config', '21:15 module-config']);
  assert.deepEqual(lint(1), ['7:14 module-source-missing', '19:14 module-unresolved-source']);
  assert.deepEqual(lint(2), ['10:15 module-config', '21:7 module-source-missing']);
});
