/** Replaced at build time by esbuild's `define`; the fallback serves tests run from source. */
declare const __FORKSPACER_DEF_VERSION__: string | undefined;
export const TOOL_VERSION: string = typeof __FORKSPACER_DEF_VERSION__ === 'string' ? __FORKSPACER_DEF_VERSION__ : '0.0.0-dev';
