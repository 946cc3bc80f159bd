/**
 * Rewrites one-line GraphQL documents written as string or template literals, on lines longer than Prettier's width,
 * into multi-line template literals laid out by graphql's print(), indented under the line they start on. Prettier
 * never breaks a literal and ESLint's max-len refuses the line, so a query too long for one line is written this way.
 *
 *   node -r @swc-node/register tests/testkit/tools/wrap-graphql.ts [files or folders...]   (default: tests)
 *
 * Then run `npx prettier --write` on the changed files. Idempotent: a literal already on several lines, or on a line
 * that fits, is left alone. `${…}` interpolations are kept (each stands in as a placeholder name while printing);
 * a literal that does not parse as an executable GraphQL document, or holds backslashes or backticks, is skipped.
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

/** The multi-line template literal for one literal, or null to leave it as written. */
function rewrite(
  node: ts.StringLiteral | ts.NoSubstitutionTemplateLiteral | ts.TemplateExpression,
  file: ts.SourceFile,
) {
  const src = file.text;
  const raw = src.slice(node.getStart(file), node.getEnd());
  if (raw.includes('\n') || raw.slice(1, -1).includes('\\')) return null;
  if (!ts.isTemplateExpression(node) && /`|\$\{/.test(raw.slice(1, -1))) return null;
  const { line } = file.getLineAndCharacterOfPosition(node.getStart(file));
  const lineText = src.slice(file.getLineStarts()[line]).split('\n', 1)[0];
  if (lineText.length <= WIDTH) return null;
  const { text, interpolations } = documentText(node, src);
  if (!/^\s*(query|mutation|subscription|fragment|\{)/.test(text)) return null;
  let printed: string;
  try {
    const doc = parse(text, { noLocation: true });
    const executable = doc.definitions.every(
      (d) => d.kind === Kind.OPERATION_DEFINITION || d.kind === Kind.FRAGMENT_DEFINITION,
    );
    if (!executable) return null;
    printed = print(doc);
  } catch {
    return null;
  }
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
