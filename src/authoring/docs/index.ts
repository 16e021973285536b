export { DocsInputError, readDefinitions } from './model.ts';
export type { DefinitionDoc } from './model.ts';
export { cellCode, codeSpan, configTable, definitionMarkdown, docsMarkdown, escapeText, exampleModule, yamlValue } from './markdown.ts';
export type { MarkdownOptions } from './markdown.ts';
export { END_MARKER, START_MARKER, replaceSection } from './readme.ts';
export type { SectionResult } from './readme.ts';
