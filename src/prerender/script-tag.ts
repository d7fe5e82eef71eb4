/**
 * The `<script src="…/file">` tag that loads `file` in index.html, under any base path. Groups:
 * (1) its address, (2) the tag's other attributes, each ` name="value"` (kept by the steps that
 * rewrite the tag: defer-app-scripts.ts adds one, inline-render-blocking.ts inlines the script).
 */
export function scriptTagLoading(file: string): RegExp {
  const name = file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`<script src="((?:[^"]*/)?${name})"((?: [\\w-]+="[^"]*")*)></script>`);
}
