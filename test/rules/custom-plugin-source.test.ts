import { customImage, customPlugin, ruleTester } from './harness.ts';

ruleTester('custom-plugin-source', {
  valid: [
    customPlugin('  repo:\n    file: https://github.com/org/repo/releases/download/v1.0.0/plugin.so\n'),
    customPlugin('  repo:\n    file: "http://plugins.internal:8080/my-plugin.so?token=x"\n'),
    customPlugin('  repo:\n    configMap:\n      name: my-plugin\n      namespace: default\n'),
    { name: 'namespace defaults to the Module\'s', code: customPlugin('  repo:\n    configMap: {name: my-plugin}\n') },
    { name: 'a null file next to a configMap is no second source', code: customPlugin('  repo:\n    file:\n    configMap:\n      name: my-plugin\n') },
    { name: 'an empty namespace defaults too', code: customPlugin('  repo:\n    configMap: {name: my-plugin, namespace: ""}\n') },
    { name: 'flow style', code: customPlugin('').replace('spec:\n', 'spec: {repo: {file: "https://example.com/p.so"}}\n') },
    { name: 'a map file is the structure rule\'s finding', code: customPlugin('  repo:\n    file: {url: https://example.com/p.so}\n') },
    { name: 'the image dialect has no repo', code: customImage() },
  ],
  invalid: [
    {
      name: 'a local path, as in the docs',
      code: customPlugin('  repo:\n    file: /path/to/plugin.sh\n'),
      errors: [
        {
          line: 8,
          column: 11,
          message:
            'spec.repo.file "/path/to/plugin.sh" is a local path, but the operator downloads the plugin itself over HTTP from inside the cluster, so a file on your machine cannot be reached (and it must be a compiled Go plugin .so, not a script); publish the .so at an http(s) URL',
          severity: 'error',
        },
      ],
    },
    {
      name: 'relative and home paths',
      code: customPlugin('  repo:\n    file: ./build/plugin.so\n'),
      errors: [{ line: 8, column: 11, message: /^spec\.repo\.file "\.\/build\/plugin\.so" is a local path, .*use configMap$/ }],
    },
    {
      name: 'file: URL',
      code: customPlugin('  repo:\n    file: "file:///tmp/plugin.so"\n'),
      errors: [{ line: 8, column: 11, message: 'is a local path' }],
    },
    {
      name: 'no scheme',
      code: customPlugin('  repo:\n    file: example.com/plugin.so\n'),
      errors: [{ line: 8, column: 11, message: 'spec.repo.file "example.com/plugin.so" is not an absolute URL (it needs a scheme such as https://); the operator downloads the plugin from it, so give an http(s) URL such as https://example.com/plugins/my-plugin.so' }],
    },
    {
      name: 'another scheme',
      code: customPlugin("  repo:\n    file: 's3://bucket/plugin.so'\n"),
      errors: [{ line: 8, column: 11, message: 'has the scheme "s3"; only http and https are fetched' }],
    },
    {
      name: 'both sources',
      code: customPlugin('  repo:\n    file: https://example.com/plugin.so\n    configMap:\n      name: my-plugin\n'),
      errors: [{ line: 7, column: 3, message: 'spec.repo has both file and configMap; the plugin must come from exactly one source' }],
    },
    {
      name: 'neither source',
      code: customPlugin('  repo: {}\n'),
      errors: [{ line: 7, column: 3, message: 'spec.repo has neither file nor configMap, so the operator has no plugin to load; give exactly one: file: https://… (a URL the operator downloads the compiled plugin .so from), or configMap: {name: …} (a ConfigMap holding the .so under the data key "plugin"' }],
    },
    {
      name: 'a null file',
      code: customPlugin('  repo:\n    file:\n'),
      errors: [{ line: 8, column: 5, message: 'spec.repo.file is empty, so the operator has no plugin to load; give file: https://' }],
    },
    {
      name: 'an empty quoted file',
      code: customPlugin('  repo:\n    file: ""\n'),
      errors: [{ line: 8, column: 11, message: 'spec.repo.file is empty' }],
    },
    {
      name: 'a null configMap',
      code: customPlugin('  repo:\n    configMap: ~\n'),
      errors: [{ line: 8, column: 5, message: 'spec.repo.configMap is empty, so the operator has no plugin to load; give configMap: {name: …} (a ConfigMap holding the .so under the data key "plugin"' }],
    },
    {
      name: 'configMap without a name mentions the key',
      code: customPlugin('  repo:\n    configMap:\n      namespace: default\n'),
      errors: [{ line: 8, column: 5, message: 'spec.repo.configMap has no name: name the ConfigMap that holds the plugin .so under the data key "plugin" (namespace defaults to the Module\'s), e.g. name: my-plugin' }],
    },
    {
      name: 'configMap with a null name, reported at the name',
      code: customPlugin('  repo:\n    configMap: {name: ~}\n'),
      errors: [{ line: 8, column: 23, message: 'spec.repo.configMap has no name' }],
    },
    {
      name: 'an invalid ConfigMap name and namespace',
      code: customPlugin('  repo:\n    configMap:\n      name: My_Plugin\n      namespace: team.a\n'),
      errors: [
        { line: 9, column: 13, message: 'spec.repo.configMap.name "My_Plugin" is not a valid ConfigMap name: it must consist of lower case letters, digits, "-" and ".", starting and ending with a letter or digit; for example "my-plugin"' },
        { line: 10, column: 18, message: 'spec.repo.configMap.namespace "team.a" is not a valid namespace name: it must consist of lower case letters, digits and "-", starting and ending with a letter or digit; for example "team-a" (or leave it out to use the Module\'s namespace)' },
      ],
    },
  ],
});
