/**
 * Go's text/template (Go 1.24 semantics) over GoValue data: parse, execute, and walk the
 * parsed tree. See template.ts for the API and README notes on deviations.
 */
export { parseTemplate, Template } from './template.ts';
export type { ExecuteOptions, ExecuteResult, ParseOptions, ParseResult, TemplateError } from './template.ts';
export type { GoFunc, ParamType } from './funcs.ts';
export type { MissingKey } from './exec.ts';
export { walk, children, collectReferences } from './walk.ts';
export type { FieldBase, FieldRef, FunctionRef, References, TemplateCallRef } from './walk.ts';
export { NodeType } from './parse/node.ts';
export type * from './parse/node.ts';
export type * from './parse/node-args.ts';
export type { BranchNode, BreakNode, ContinueNode, IfNode, RangeNode, TemplateNode, WithNode } from './parse/node-control.ts';
export type { NumberNode } from './parse/number.ts';
export type { Tree } from './parse/parse.ts';
