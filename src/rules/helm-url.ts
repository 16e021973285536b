import { at, isMap } from '../load/ynode.ts';
import type { YNode } from '../load/ynode.ts';
import type { Rule } from './types.ts';
import { isTemplated, listItems } from './shared/helm-fields.ts';
import { chartRepoUrlProblem, gitRepoProblem, valuesFileUrlProblem, withHttps } from './shared/helm-urls.ts';

export const rule: Rule = {
  meta: {
    id: 'helm-url',
    severity: 'error',
    documents: 'definition',
    description:
      'Chart repository URLs are http(s)/oci with a host, values files are http(s) URLs, and chart.git.repo is an https URL or git@host:org/repo.git (templated values are skipped).',
    dialects: ['helm-flat', 'helm-chart'],
    messages: {
      unclosedTemplate:
        '{{path}} "{{url}}" has "{{" but no "}}": the operator renders only strings holding both, so it uses this text as the URL; complete the template, e.g. "{{ .config.url }}"',
      unopenedTemplate:
        '{{path}} "{{url}}" has "}}" but no "{{": the operator renders only strings holding both, so it uses this text as the URL; complete the template, e.g. "{{ .config.url }}"',
      repoUrlInvalid: '{{path}} "{{url}}" {{problem}}: {{consequence}}; a chart repository URL is http://, https:// or oci:// with a host, e.g. {{example}}',
      valuesFileUrlInvalid:
        '{{path}} "{{url}}" {{problem}}: the operator fetches values files with a plain HTTP GET; give an http(s) URL such as {{example}}, or use a configMap or raw entry',
      gitRepoInvalid: 'spec.chart.git.repo "{{url}}" {{problem}}: give an https URL or an SSH address, e.g. {{example}}',
    },
  },
  check(ctx) {
    /** The field's text when it is a literal to check: not null, not empty, not a template. */
    const literal = (node: YNode | null | undefined, path: string): string | undefined => {
      const text = ctx.stringOf(node);
      if (text === undefined || text === '' || isTemplated(text)) return undefined;
      if (text.includes('{{') || text.includes('}}')) {
        ctx.report({ node, path, messageId: text.includes('{{') ? 'unclosedTemplate' : 'unopenedTemplate', data: { path, url: text } });
        return undefined;
      }
      return text;
    };

    const repoNode = ctx.dialectId === 'helm-flat' ? at(ctx.spec, 'repo') : at(ctx.spec, 'chart', 'repo', 'url');
    const repoPath = ctx.dialectId === 'helm-flat' ? 'spec.repo' : 'spec.chart.repo.url';
    const repo = literal(repoNode, repoPath);
    if (repo !== undefined) {
      const problem = chartRepoUrlProblem(repo);
      if (problem) {
        const fix = withHttps(repo);
        // 0.1.12+ checks for a scheme and a host; any other problem surfaces when helm pulls the chart.
        const consequence = ctx.dialectId === 'helm-chart' && !problem.startsWith('has the scheme') ? 'operator 0.1.12+ rejects it' : 'helm cannot pull the chart from it';
        const example = fix ? `"${fix}"` : '"https://charts.bitnami.com/bitnami" or "oci://registry-1.docker.io/bitnamicharts"';
        ctx.report({ node: repoNode, path: repoPath, messageId: 'repoUrlInvalid', data: { path: repoPath, url: repo, problem, consequence, example } });
      }
    }

    for (const entry of listItems(at(ctx.spec, 'values'), 'spec.values')) {
      if (!isMap(entry.node)) continue;
      const node = at(entry.node, 'file');
      const file = literal(node, `${entry.path}.file`);
      if (file === undefined) continue;
      const problem = valuesFileUrlProblem(file);
      if (problem) {
        const fix = withHttps(file);
        const path = `${entry.path}.file`;
        ctx.report({ node, path, messageId: 'valuesFileUrlInvalid', data: { path, url: file, problem, example: fix ? `"${fix}"` : '"https://example.com/values.yaml"' } });
      }
    }

    if (ctx.dialectId === 'helm-chart') {
      const gitNode = at(ctx.spec, 'chart', 'git', 'repo');
      const git = literal(gitNode, 'spec.chart.git.repo');
      if (git !== undefined) {
        const problem = gitRepoProblem(git);
        if (problem) {
          const https = git.replace(/^(http|git):\/\//i, 'https://');
          const example = https !== git ? `"${https}"` : '"https://github.com/org/charts.git" or "git@github.com:org/charts.git"';
          ctx.report({ node: gitNode, path: 'spec.chart.git.repo', messageId: 'gitRepoInvalid', data: { url: git, problem, example } });
        }
      }
    }
  },
};
