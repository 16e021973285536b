/**
 * Per open document: its findings (for the text version they were computed on) and its model,
 * re-linted after a pause in typing. A lint of one file takes milliseconds, so it runs on this
 * thread between messages; a result for an older version than the buffer's is dropped.
 */
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { fileURLToPath } from 'node:url';
import type { Finding } from '../diagnostics/finding.ts';
import { lintTexts } from '../lint/lint-paths.ts';
import type { LintOptions } from '../lint/settings.ts';
import { analyse } from './model.ts';
import type { DocumentModel } from './model.ts';

export interface Settings {
  /** Fetch Module source.httpURL definitions while linting (the CLI without --offline). Off: as --offline. */
  fetchSources: boolean;
  /** Pause after the last change before re-linting. */
  debounceMs: number;
}

export const DEFAULT_SETTINGS: Settings = { fetchSources: false, debounceMs: 150 };

export interface Linted {
  version: number;
  text: string;
  findings: Finding[];
}

interface State {
  linted?: Linted;
  model?: { version: number; model: DocumentModel };
  /** The last model that held something (a half-typed line does not parse). */
  lastGood?: DocumentModel;
  timer?: NodeJS.Timeout;
}

export class DocumentStates {
  private states = new Map<string, State>();

  constructor(
    private readonly lintOptionsFor: (path: string) => LintOptions,
    private readonly settings: () => Settings,
  ) {}

  /** Lint after the debounce pause; `publish` gets the findings if the buffer has not moved on. */
  schedule(doc: TextDocument, delay: number, publish: (l: Linted) => void, current: () => TextDocument | undefined, onError: (e: Error) => void): void {
    const s = this.state(doc.uri);
    clearTimeout(s.timer);
    s.timer = setTimeout(() => {
      s.timer = undefined;
      this.lint(doc).then((l) => {
        if (current()?.version === l.version) publish(l);
      }, onError);
    }, delay);
  }

  async lint(doc: TextDocument): Promise<Linted> {
    const text = doc.getText();
    const version = doc.version;
    const path = pathOf(doc.uri);
    const result = await lintTexts([{ path, text }], this.lintOptionsFor(path), { sources: { offline: !this.settings().fetchSources } });
    const linted = { version, text, findings: result.files.find((f) => f.file === path && !f.fetchedFor)?.findings ?? [] };
    const s = this.state(doc.uri);
    if (!s.linted || s.linted.version <= version) s.linted = linted;
    return linted;
  }

  /** Findings for exactly this version of the buffer (linting now if they are not there). */
  async findings(doc: TextDocument): Promise<Linted> {
    const l = this.states.get(doc.uri)?.linted;
    return l && l.version === doc.version ? l : this.lint(doc);
  }

  /** The model of this version, or the last one that held something. */
  model(doc: TextDocument): DocumentModel {
    const s = this.state(doc.uri);
    if (!s.model || s.model.version !== doc.version) {
      const model = analyse(doc.getText());
      s.model = { version: doc.version, model };
      if (model.definitions.length || model.modules.length) s.lastGood = model;
    }
    const m = s.model.model;
    return m.definitions.length || m.modules.length || !s.lastGood ? m : s.lastGood;
  }

  close(uri: string): void {
    clearTimeout(this.states.get(uri)?.timer);
    this.states.delete(uri);
  }

  private state(uri: string): State {
    let s = this.states.get(uri);
    if (!s) this.states.set(uri, (s = {}));
    return s;
  }
}

export function pathOf(uri: string): string {
  return uri.startsWith('file:') ? fileURLToPath(uri) : uri;
}
