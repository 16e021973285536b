/**
 * `forkspacer-def lsp`: the Language Server Protocol over a pair of streams (stdio), on
 * vscode-languageserver. Every feature reads the linter's engines; nothing here lints.
 */
import type { CodeAction, CompletionItem, Connection, Hover, Location, TextEdit } from 'vscode-languageserver';
import { CodeActionKind, CompletionItemKind, MarkupKind, ProposedFeatures, TextDocumentSyncKind, TextDocuments, createConnection } from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Fix } from '../diagnostics/finding.ts';
import type { LintOptions } from '../lint/settings.ts';
import { actionsFor } from './code-actions.ts';
import { completionsAt } from './completion.ts';
import type { CompletionKind } from './completion.ts';
import { definitionAt, referencesAt } from './definition.ts';
import { toDiagnostic } from './diagnostics.ts';
import { DEFAULT_SETTINGS, DocumentStates } from './documents.ts';
import type { Linted, Settings } from './documents.ts';
import { hoverAt } from './hover.ts';

export interface ServerOptions {
  input: NodeJS.ReadableStream;
  output: NodeJS.WritableStream;
  /** Lint options for a file: its `.forkspacer-def.yaml`, as the CLI reads it. */
  lintOptionsFor(path: string): LintOptions;
  /** A problem the user should see (e.g. an unreadable configuration file). */
  onWarning?(message: string): void;
}

const KINDS: Record<CompletionKind, CompletionItemKind> = {
  config: CompletionItemKind.Variable,
  function: CompletionItemKind.Function,
  field: CompletionItemKind.Field,
  value: CompletionItemKind.EnumMember,
};

export function startLanguageServer(options: ServerOptions): Connection {
  const connection = createConnection(ProposedFeatures.all, options.input, options.output);
  const documents = new TextDocuments(TextDocument);
  let settings: Settings = { ...DEFAULT_SETTINGS };
  const lintOptionsFor = (path: string): LintOptions => {
    try {
      return options.lintOptionsFor(path);
    } catch (e) {
      connection.window.showWarningMessage(`forkspacer-def: ${(e as Error).message}`);
      return {};
    }
  };
  const states = new DocumentStates(lintOptionsFor, () => settings);
  const publish = (uri: string) => (l: Linted) => void connection.sendDiagnostics({ uri, version: l.version, diagnostics: l.findings.map(toDiagnostic) });
  // The linter does not throw on bad input; anything else is a bug to report, not a crash of the editor's server.
  const failed = (e: Error) => connection.console.error(`forkspacer-def: internal error: ${e.stack ?? e.message}`);
  const relint = (doc: TextDocument, delay: number) => states.schedule(doc, delay, publish(doc.uri), () => documents.get(doc.uri), failed);

  connection.onInitialize((params) => {
    settings = readSettings(params.initializationOptions, settings);
    return {
      capabilities: {
        textDocumentSync: TextDocumentSyncKind.Incremental,
        hoverProvider: true,
        completionProvider: { triggerCharacters: ['.', ' ', '{'] },
        definitionProvider: true,
        referencesProvider: true,
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix] },
      },
      serverInfo: { name: 'forkspacer-def' },
    };
  });
  connection.onDidChangeConfiguration((p) => {
    settings = readSettings((p.settings as Record<string, unknown> | undefined)?.['forkspacer-def'], settings);
    for (const d of documents.all()) relint(d, 0);
  });
  documents.onDidOpen((e) => relint(e.document, 0));
  documents.onDidChangeContent((e) => relint(e.document, settings.debounceMs));
  documents.onDidClose((e) => {
    states.close(e.document.uri);
    void connection.sendDiagnostics({ uri: e.document.uri, diagnostics: [] });
  });

  connection.onHover((p): Hover | null => {
    const doc = documents.get(p.textDocument.uri);
    if (!doc) return null;
    const h = hoverAt(states.model(doc), doc.offsetAt(p.position));
    return h ? { contents: { kind: MarkupKind.Markdown, value: h.markdown }, range: { start: doc.positionAt(h.start), end: doc.positionAt(h.end) } } : null;
  });
  connection.onCompletion((p): CompletionItem[] => {
    const doc = documents.get(p.textDocument.uri);
    if (!doc) return [];
    return completionsAt(states.model(doc), doc.getText(), doc.offsetAt(p.position)).map((c) => ({
      label: c.label,
      kind: KINDS[c.kind],
      detail: c.detail,
      documentation: c.documentation ? { kind: MarkupKind.Markdown, value: c.documentation } : undefined,
      textEdit: { range: { start: doc.positionAt(c.start), end: doc.positionAt(c.end) }, newText: c.label },
    }));
  });
  connection.onDefinition((p): Location | null => {
    const doc = documents.get(p.textDocument.uri);
    if (!doc) return null;
    const d = definitionAt(states.model(doc), doc.offsetAt(p.position));
    return d ? { uri: doc.uri, range: { start: doc.positionAt(d.start), end: doc.positionAt(d.end) } } : null;
  });
  connection.onReferences((p): Location[] => {
    const doc = documents.get(p.textDocument.uri);
    if (!doc) return [];
    return referencesAt(states.model(doc), doc.offsetAt(p.position), p.context.includeDeclaration).map((r) => ({
      uri: doc.uri,
      range: { start: doc.positionAt(r.start), end: doc.positionAt(r.end) },
    }));
  });
  connection.onCodeAction(async (p): Promise<CodeAction[]> => {
    const doc = documents.get(p.textDocument.uri);
    if (!doc) return [];
    const linted = await states.findings(doc);
    if (linted.version !== doc.version) return [];
    // Fix offsets are into the linted text, which is this version of the buffer.
    const at = TextDocument.create(doc.uri, doc.languageId, linted.version, linted.text);
    const edits = (fix: Fix): TextEdit[] => fix.edits.map((e) => ({ range: { start: at.positionAt(e.start), end: at.positionAt(e.end) }, newText: e.text }));
    return actionsFor(linted.findings, states.model(doc), linted.text, p.range.start.line + 1, p.range.end.line + 1).map((a) => ({
      title: a.title,
      kind: CodeActionKind.QuickFix,
      isPreferred: a.preferred,
      diagnostics: a.finding ? [toDiagnostic(a.finding)] : undefined,
      edit: { changes: { [doc.uri]: edits(a.fix) } },
    }));
  });

  documents.listen(connection);
  connection.listen();
  return connection;
}

function readSettings(raw: unknown, current: Settings): Settings {
  if (raw == null || typeof raw !== 'object') return current;
  const r = raw as Record<string, unknown>;
  return {
    fetchSources: typeof r.fetchSources === 'boolean' ? r.fetchSources : current.fetchSources,
    debounceMs: typeof r.debounceMs === 'number' && r.debounceMs >= 0 ? r.debounceMs : current.debounceMs,
  };
}
