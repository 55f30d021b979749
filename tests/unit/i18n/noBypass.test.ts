import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

/**
 * Every word the interface shows goes through the catalogs (src/i18n/catalogs): this finds the English that does
 * not. It flags JSX text with a word in it, a literal in an attribute a reader sees or hears (aria-label, title, alt,
 * placeholder, label), and any other string of two or more words in a file that makes what the reader sees, unless
 * it is a message's own `message`, `id` or `comment`, a class name, or an error for the developer.
 */

const ROOT = join(import.meta.dirname, '../../..');
const SCANNED = [
  'src/panels',
  'src/map',
  'src/app',
  'src/ui',
  'src/data/words',
  'src/data/time',
  'src/data/load',
  // The readers of files of points (GeoJSON, CSV, KML, GPX): their problems and notices.
  'src/data/formats',
  'src/editor',
];

/**
 * Files with words not yet in the catalogs. A known gap, written down so that it can only shrink: the second test
 * fails when a file here no longer needs to be.
 */
const NOT_YET_TRANSLATED = new Set<string>([]);

const SPOKEN_ATTRIBUTES = new Set(['aria-label', 'title', 'alt', 'placeholder', 'label', 'aria-description']);
const QUIET_PROPERTIES = new Set([
  // An ErrorBoundary's name of its part, for the console only.
  'part',
  'id',
  'message',
  'comment',
  // What fills a message's placeholders: data (field names, ids, an example value), the same in every language.
  'values',
  // Who claims a casualty figure: a dataset's name (ACLED, UCDP GED).
  'claimedBy',
  'className',
  'key',
  'data-testid',
  'type',
  'rel',
  'lang',
  // Lists of element ids.
  'aria-describedby',
  'aria-labelledby',
]);
const WORDS = /[A-Za-z]{2,}[,:;]? +[A-Za-z]{2,}/;
const A_WORD = /[A-Za-z]{2,}/;

function filesUnder(folder: string): string[] {
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name);
    if (statSync(path).isDirectory()) return filesUnder(path);
    return /\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name) ? [path] : [];
  });
}

/**
 * Names that are the same in every language (font families, a licence, a source's own title, the conflict datasets'
 * names and their codebooks' categories, QGIS's menu and GDAL's command), and a problem's path markers, which
 * whereWords words.
 */
const NAMES_NOT_WORDS = new Set([
  'FONT_FAMILIES',
  'GAZETTEER_LICENCE',
  'GAZETTEER_SOURCE',
  'TOP_LEVEL',
  'THE_FEATURE',
  'THE_GEOMETRY',
  'DATASET_SOURCES',
  'ACLED_VIOLENT_EVENTS',
  'UCDP_VIOLENCE',
  'EXPORT_TOOLS',
]);

/** A literal compared with (a key's name, a status), not shown. */
const COMPARISONS = new Set([
  ts.SyntaxKind.EqualsEqualsEqualsToken,
  ts.SyntaxKind.ExclamationEqualsEqualsToken,
  ts.SyntaxKind.EqualsEqualsToken,
  ts.SyntaxKind.ExclamationEqualsToken,
]);

function isQuiet(node: ts.Node): boolean {
  for (let at: ts.Node | undefined = node.parent; at !== undefined; at = at.parent) {
    if (ts.isImportDeclaration(at) || ts.isExportDeclaration(at)) return true;
    if (ts.isVariableDeclaration(at) && NAMES_NOT_WORDS.has(at.name.getText())) return true;
    if (ts.isCallExpression(at) && at.expression.kind === ts.SyntaxKind.ImportKeyword) return true;
    if (ts.isPropertyAssignment(at) && QUIET_PROPERTIES.has(at.name.getText())) return true;
    if (ts.isJsxAttribute(at))
      return (
        QUIET_PROPERTIES.has(at.name.getText()) ||
        (!SPOKEN_ATTRIBUTES.has(at.name.getText()) && !WORDS.test(node.getText()))
      );
    // An error for the developer, and a worker's name, which only the browser's developer tools show.
    if (ts.isNewExpression(at) && /Error$|^Worker$/.test(at.expression.getText())) return true;
    // The console's and the DOM's own arguments, and what a text is checked to begin with (a file's signature).
    if (
      ts.isCallExpression(at) &&
      /^console\.|^(document|element)\.|querySelector|dispatchEvent|addEventListener|matchMedia|getPropertyValue|setProperty|removeProperty|getComputedStyle|classList|DomUtil\.create|\.startsWith$/.test(
        at.expression.getText(),
      )
    )
      return true;
    if (ts.isBinaryExpression(at) && COMPARISONS.has(at.operatorToken.kind)) return true;
    if (ts.isCaseClause(at) || ts.isTypeNode(at)) return true;
    if (ts.isElementAccessExpression(at)) return true;
  }
  return false;
}

/** A key's name on the keyboard (<kbd>Esc</kbd>) is what is printed on the key, in any language. */
function isKey(node: ts.JsxText): boolean {
  return ts.isJsxElement(node.parent) && node.parent.openingElement.tagName.getText() === 'kbd';
}

function bypassesIn(path: string): string[] {
  const text = readFileSync(path, 'utf8');
  const source = ts.createSourceFile(
    path,
    text,
    ts.ScriptTarget.Latest,
    true,
    path.endsWith('x') ? ts.ScriptKind.TSX : ts.ScriptKind.TS,
  );
  const found: string[] = [];
  const where = (node: ts.Node) =>
    `${relative(ROOT, path)}:${source.getLineAndCharacterOfPosition(node.getStart()).line + 1}`;
  function visit(node: ts.Node) {
    if (ts.isJsxText(node) && A_WORD.test(node.text) && node.text.trim() !== 'Citemap' && !isKey(node)) {
      found.push(`${where(node)} text "${node.text.trim()}"`);
    } else if (
      ts.isJsxAttribute(node) &&
      SPOKEN_ATTRIBUTES.has(node.name.getText()) &&
      node.initializer !== undefined &&
      ts.isStringLiteral(node.initializer) &&
      A_WORD.test(node.initializer.text)
    ) {
      found.push(`${where(node)} ${node.name.getText()}="${node.initializer.text}"`);
    } else if (
      (ts.isStringLiteral(node) ||
        ts.isNoSubstitutionTemplateLiteral(node) ||
        ts.isTemplateHead(node) ||
        ts.isTemplateMiddle(node) ||
        ts.isTemplateTail(node)) &&
      WORDS.test(node.text) &&
      !isQuiet(node)
    ) {
      found.push(`${where(node)} "${node.text}"`);
    }
    ts.forEachChild(node, visit);
  }
  visit(source);
  return found;
}

describe('the interface’s words', () => {
  const files = SCANNED.flatMap((folder) => filesUnder(join(ROOT, folder)));

  it('all go through the catalogs', () => {
    const bypasses = files.filter((path) => !NOT_YET_TRANSLATED.has(relative(ROOT, path))).flatMap(bypassesIn);
    expect(bypasses).toEqual([]);
  });

  it('the list of files still to translate names only files that still need it', () => {
    for (const path of NOT_YET_TRANSLATED) expect(bypassesIn(join(ROOT, path)).length, path).toBeGreaterThan(0);
  });
});
