/**
 * Rewrites GraphQL written as string or template literals that reach past Prettier's width into multi-line template
 * literals laid out by graphql's print(), indented under the line they start on. Prettier never breaks a literal and
 * ESLint's max-len refuses the line, so a query too long for one line is written this way. Whole documents count,
 * and so do field lists meant to be interpolated into one (`const RECORD = 'id hours project { id }'`).
 *
 *   node -r @swc-node/register tests/testkit/tools/wrap-graphql.ts [files or folders...]   (default: tests)
 *
 * Then run `npx prettier --write` on the changed files. Idempotent: a literal whose lines all fit is left alone.
 * `${…}` interpolations are kept (each stands in as a placeholder name while printing). A literal that does not
 * parse as GraphQL, holds a backslash, or would still have a line too long (a long interpolation) is left for a
 * person to split.
 */
import fs from 'node:fs';
import path from 'node:path';
import { Kind, parse, print } from 'graphql';
import ts from 'typescript';

const WIDTH: number = JSON.parse(fs.readFileSync(path.join(__dirname, '../../../.prettierrc.json'), 'utf8')).printWidth;
const PLACEHOLDER = (i: number) => `__interpolation_${i}__`;

/** The document's text with each interpolation replaced by a placeholder, and the interpolations' source. */
function documentText(node: ts.StringLiteral | ts.NoSubstitutionTemplateLiteral | ts.TemplateExpression, src: string) {
  if (!ts.isTemplateExpression(node)) return { text: node.text, interpolations: [] as string[] };
  const interpolations: string[] = [];
  let text = node.head.text;
  for (const span of node.templateSpans) {
    text += PLACEHOLDER(interpolations.length) + span.literal.text;
    interpolations.push(src.slice(span.expression.getStart(), span.expression.getEnd()));
  }
  return { text, interpolations };
}

/** A whole document (operations and fragments), printed; null if the text is not one. */
function printDocument(text: string): string | null {
  if (!/^\s*(query|mutation|subscription|fragment|\{)/.test(text)) return null;
  try {
    const doc = parse(text, { noLocation: true });
    const executable = doc.definitions.every(
      (d) => d.kind === Kind.OPERATION_DEFINITION || d.kind === Kind.FRAGMENT_DEFINITION,
    );
    return executable ? print(doc) : null;
  } catch {
    return null;
  }
}

/**
 * Fields written to be interpolated into a document (`const RECORD = 'id hours project { id }'`), printed without
 * the braces around them. Only text with a nested selection counts, so that a plain sentence is never taken for one.
 */
function printSelections(text: string): string | null {
  if (!/^\s*[_A-Za-z]/.test(text) || !text.includes('{')) return null;
  const printed = printDocument(`{\n${text}\n}`);
  if (printed === null) return null;
  return printed
    .split('\n')
    .slice(1, -1)
    .map((l) => l.slice(2))
    .join('\n');
}

/** The multi-line template literal for one literal, or null to leave it as written. */
function rewrite(
  node: ts.StringLiteral | ts.NoSubstitutionTemplateLiteral | ts.TemplateExpression,
  file: ts.SourceFile,
) {
  const src = file.text;
  const raw = src.slice(node.getStart(file), node.getEnd());
  if (raw.slice(1, -1).includes('\\')) return null;
  if (!ts.isTemplateExpression(node) && /`|\$\{/.test(raw.slice(1, -1))) return null;
  const first = file.getLineAndCharacterOfPosition(node.getStart(file)).line;
  const last = file.getLineAndCharacterOfPosition(node.getEnd()).line;
  const lines = src
    .slice(file.getLineStarts()[first])
    .split('\n')
    .slice(0, last - first + 1);
  if (lines.every((l) => l.length <= WIDTH)) return null;
  const { text, interpolations } = documentText(node, src);
  let printed = printDocument(text) ?? printSelections(text);
  if (printed === null) return null;
  printed = printed.replace(/__interpolation_(\d+)__/g, (_m, i: string) => '${' + interpolations[Number(i)] + '}');
  if (interpolations.some((_, i) => !printed.includes('${' + interpolations[i] + '}'))) return null;
  // Indent under the line the assignment or property starts on: Prettier moves a value that it had put on the next
  // line (`const Q =` / `'…'`) back up once the value is a multi-line template literal.
  const p = node.parent;
  const anchor =
    ts.isVariableDeclaration(p) || ts.isPropertyAssignment(p) || ts.isPropertyDeclaration(p) || ts.isBinaryExpression(p)
      ? p
      : node;
  const anchorLine = file.getLineAndCharacterOfPosition(anchor.getStart(file)).line;
  const indent = /^\s*/.exec(src.slice(file.getLineStarts()[anchorLine]))![0];
  const body = printed
    .split('\n')
    .map((l) => (l ? `${indent}  ${l}` : l))
    .join('\n');
  // An interpolation too long for its line is for a person to split; a rewrite would not shorten it.
  if (body.split('\n').some((l) => l.length > WIDTH)) return null;
  return `\`\n${body}\n${indent}\``;
}

export function wrapGraphql(source: string, fileName = 'file.ts'): string {
  const file = ts.createSourceFile(fileName, source, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const edits: { start: number; end: number; text: string }[] = [];
  const visit = (node: ts.Node) => {
    if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node) || ts.isTemplateExpression(node)) {
      // A tagged template's tag may give its text a meaning other than a query; leave those alone.
      if (!ts.isTaggedTemplateExpression(node.parent) && !ts.isImportDeclaration(node.parent)) {
        const text = rewrite(node, file);
        if (text) return void edits.push({ start: node.getStart(file), end: node.getEnd(), text });
      }
      if (!ts.isTemplateExpression(node)) return;
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  let out = source;
  for (const e of edits.sort((a, b) => b.start - a.start)) out = out.slice(0, e.start) + e.text + out.slice(e.end);
  return out;
}

function filesUnder(target: string): string[] {
  if (fs.statSync(target).isFile()) return [target];
  return fs
    .readdirSync(target, { withFileTypes: true })
    .filter((e) => e.name !== 'node_modules' && e.name !== 'dist')
    .flatMap((e) => (e.isDirectory() ? filesUnder(path.join(target, e.name)) : [path.join(target, e.name)]))
    .filter((f) => /\.tsx?$/.test(f));
}

if (require.main === module) {
  const targets = process.argv.slice(2);
  for (const file of (targets.length ? targets : ['tests']).flatMap(filesUnder)) {
    const before = fs.readFileSync(file, 'utf8');
    const after = wrapGraphql(before, file);
    if (after !== before) {
      fs.writeFileSync(file, after);
      console.log(file);
    }
  }
}
