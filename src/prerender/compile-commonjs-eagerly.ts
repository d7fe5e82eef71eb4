import { type Plugin, parseAst } from 'vite';

/**
 * CommonJS packages in the bundle (React, React DOM, the router's store shim) are wrapped by the
 * bundler in an arrow function that runs when the module is first required:
 * `__commonJSMin(((exports, module) => { … }))`. V8 compiles a function when it is first called,
 * on the main thread, unless it looks as if it will be called at once: a parenthesized `function`
 * expression does (V8's "PIFE" heuristic), an arrow does not. So React DOM's code was parsed a
 * second time inside the task evaluating the app's modules. Written as `(function (exports,
 * module) { … })`, each wrapper is compiled with its script, off the main thread while the script
 * downloads: that task went from 44–73 to 36–52 ms on this machine (README: Performance).
 *
 * Only wrappers whose own code (parameters and body) uses none of `this`, `arguments`,
 * `new.target` or `super` are rewritten: in an arrow they are the enclosing module's, in a
 * function its own. (Rolldown's other wrapper, `__commonJS`, takes an object, not an arrow.)
 * No source map is made: the build makes none (vite.config.ts).
 */
const WRAPPER = '__commonJSMin';

interface AstNode {
  type: string;
  start: number;
  end: number;
  [key: string]: unknown;
}

const isNode = (value: unknown): value is AstNode => typeof value === 'object' && value !== null && typeof (value as AstNode).type === 'string';

function children(node: AstNode): AstNode[] {
  const found: AstNode[] = [];
  for (const value of Object.values(node)) {
    if (isNode(value)) found.push(value);
    else if (Array.isArray(value)) for (const item of value) if (isNode(item)) found.push(item);
  }
  return found;
}

/** Whether `node` uses what would mean something else once it is a function's own: `this`, `arguments`, `new.target`, `super`. */
function readsOwnThisOrArguments(node: AstNode): boolean {
  if (node.type === 'ThisExpression' || node.type === 'MetaProperty' || node.type === 'Super') return true;
  if (node.type === 'Identifier' && node.name === 'arguments') return true;
  // A function has its own; arrows and everything else share the wrapper's.
  if (node.type === 'FunctionExpression' || node.type === 'FunctionDeclaration') return false;
  return children(node).some(readsOwnThisOrArguments);
}

/** The chunk's CommonJS wrappers written as parenthesized function expressions (see above). */
export function compileCommonJsEagerly(code: string): string {
  const replacements: { start: number; end: number; text: string }[] = [];
  const visit = (node: AstNode) => {
    if (node.type === 'CallExpression') {
      const callee = node.callee as AstNode;
      const [wrapper] = node.arguments as AstNode[];
      if (
        callee.type === 'Identifier' &&
        callee.name === WRAPPER &&
        wrapper?.type === 'ArrowFunctionExpression' &&
        !wrapper.async &&
        (wrapper.body as AstNode).type === 'BlockStatement' &&
        ![wrapper.body as AstNode, ...(wrapper.params as AstNode[])].some(readsOwnThisOrArguments)
      ) {
        const params = wrapper.params as AstNode[];
        const list = params.length === 0 ? '' : code.slice(params[0]!.start, params.at(-1)!.end);
        replacements.push({ start: wrapper.start, end: (wrapper.body as AstNode).start, text: `function (${list}) ` });
      }
    }
    children(node).forEach(visit);
  };
  visit(parseAst(code) as unknown as AstNode);
  let out = code;
  for (const { start, end, text } of replacements.sort((a, b) => b.start - a.start)) out = out.slice(0, start) + text + out.slice(end);
  return out;
}

/** The build's step, on each chunk before it is minified. */
export function compileCommonJsEagerlyPlugin(): Plugin {
  return {
    name: 'compile-commonjs-eagerly',
    apply: 'build',
    renderChunk(code) {
      if (!code.includes(`${WRAPPER}(`)) return null;
      const out = compileCommonJsEagerly(code);
      return out === code ? null : { code: out, map: null };
    },
  };
}
