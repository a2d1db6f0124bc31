/**
 * The `punycode` npm package by its file path: the bare name `punycode` would resolve to Node's deprecated
 * built-in module in scripts and tests.
 */
declare module 'punycode/punycode.js' {
  const punycode: { decode(input: string): string; toUnicode(domain: string): string };
  export default punycode;
}
