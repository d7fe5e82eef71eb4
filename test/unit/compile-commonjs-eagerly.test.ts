import { describe, expect, it } from 'vitest';
import { compileCommonJsEagerly } from '../../src/prerender/compile-commonjs-eagerly.ts';

/** A chunk as the bundler writes it before minifying: CommonJS modules in arrow wrappers. */
const CHUNK = `
var __commonJSMin = (cb, mod) => () => (mod || cb((mod = { exports: {} }).exports, mod), mod.exports);
var require_a = /* @__PURE__ */ __commonJSMin(((exports, module) => {
  const helper = () => 'a';
  function own() { return this === undefined && arguments.length; }
  module.exports = { name: helper(), own: own(1, 2) };
}));
var require_b = /* @__PURE__ */ __commonJSMin((exports => {
  // Text before a wrapper that is not ASCII (“…”) must not shift where the next one is rewritten.
  exports.name = 'b' + require_a().name;
}));
var require_c = /* @__PURE__ */ __commonJSMin((() => {
  globalThis.__c = 'c';
}));
var other = ((x) => x * 2)(21);
`;

/** Runs a chunk's code (strict, as a module is) and returns what its modules export. */
const run = (code: string) => new Function(`'use strict'; ${code}; return { a: require_a(), b: require_b(), c: (require_c(), globalThis.__c), other };`)() as unknown;

describe('CommonJS wrappers compiled with their script', () => {
  it('writes each wrapper as a parenthesized function expression, which V8 compiles at once', () => {
    const out = compileCommonJsEagerly(CHUNK);
    expect(out).toContain('__commonJSMin((function (exports, module) {');
    expect(out).toContain('__commonJSMin((function (exports) {');
    expect(out).toContain('__commonJSMin((function () {');
    expect(out).not.toMatch(/__commonJSMin\(\(+\(?[\w, ]*\)? =>/);
    // Nothing else is touched: the helper itself, the arrows inside, other calls.
    expect(out).toContain('var __commonJSMin = (cb, mod) => () =>');
    expect(out).toContain("const helper = () => 'a';");
    expect(out).toContain('var other = ((x) => x * 2)(21);');
  });

  it('leaves what the modules do unchanged', () => {
    expect(run(compileCommonJsEagerly(CHUNK))).toEqual(run(CHUNK));
    expect(run(CHUNK)).toEqual({ a: { name: 'a', own: 2 }, b: { name: 'ba' }, c: 'c', other: 42 });
  });

  it('keeps as an arrow a wrapper that reads `this` or `arguments` itself, which a function would change', () => {
    for (const body of ['module.exports = this;', 'module.exports = () => arguments.length;', 'if (true) { exports.t = [this]; }']) {
      const chunk = `var require_x = __commonJSMin(((exports, module) => { ${body} }));`;
      expect(compileCommonJsEagerly(chunk), body).toBe(chunk);
    }
    // In a parameter's default value too.
    const inParameters = `var require_x = __commonJSMin(((exports, module = this) => { exports.m = module; }));`;
    expect(compileCommonJsEagerly(inParameters)).toBe(inParameters);
    // In a function of its own they are that function's: the wrapper is rewritten.
    const nested = `var require_x = __commonJSMin(((exports) => { exports.f = function () { return this; }; }));`;
    expect(compileCommonJsEagerly(nested)).toContain('__commonJSMin((function (exports) {');
  });
});
