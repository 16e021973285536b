/** `.config.<alias>` and function names inside the spec's templates, at file offsets. */
import type { DefinitionView } from './model.ts';

export interface ConfigRef {
  alias: string;
  /** File offsets of the alias (after `.config.`). */
  start: number;
  end: number;
}

export interface FunctionUse {
  name: string;
  start: number;
  end: number;
}

export function configRefs(v: DefinitionView): ConfigRef[] {
  return v.ctx.memo('lsp:configRefs', () => {
    const out: ConfigRef[] = [];
    for (const t of v.templates) {
      for (const f of t.references?.fields ?? []) {
        const fromData = (f.base === 'dot' || (f.base === 'variable' && f.variable === '$')) && f.atRoot;
        if (!fromData || f.fields[0] !== 'config' || f.fields.length < 2) continue;
        const at = f.text.indexOf('.config.');
        if (at === -1) continue;
        const start = f.offset + at + '.config.'.length;
        const alias = f.fields[1];
        out.push({ alias, start: v.toFile(t.toSource(start)), end: v.toFile(t.toSource(start + alias.length - 1)) + 1 });
      }
    }
    return out;
  });
}

export function functionUses(v: DefinitionView): FunctionUse[] {
  return v.ctx.memo('lsp:functionUses', () =>
    v.templates.flatMap((t) =>
      (t.references?.functions ?? []).map((f) => ({ name: f.name, start: v.toFile(t.toSource(f.offset)), end: v.toFile(t.toSource(f.offset + f.name.length - 1)) + 1 })),
    ),
  );
}
