/**
 * Finds every error message written in the source of the gateway and the subgraphs, so that a test (and the lead,
 * after a merge) can check each one has a Chinese translation in gateway/messages/zh/
 * (tests/gateway/message-catalogue.test.ts does).
 *
 *   npm run messages:missing            (lists the untranslated, as stubs for gateway/messages/zh/<part>.json)
 *   npm run messages:missing -- --all   (lists every message found)
 *
 * A message is what reaches `appError` (and so badInput, forbidden ...) or `new GraphQLError`, followed through any
 * function that passes its own parameter on (badInput, invalidToken, orConflict, a rules file's requireX): string
 * literals, templates (`${…}` becomes a placeholder), `+` concatenations, both sides of `?:`, constants and tables
 * of constants in the same file or exported elsewhere, and functions (of the same file or exported, awaited or not)
 * returning one. A template's `${param}` is a fragment ("sign up" in `Sign in to ${action}.`): the literals
 * callers pass for it are collected too. So is every `message:` property written in source (the refusals rules
 * return, thrown later). What cannot be followed is listed as unresolved, so a test can insist it stays known.
 */
import fs from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { entryOf } from '../../../gateway/messages/localize';

export interface SourceMessage {
  /** The English text with each interpolation as `{}`. */
  text: string;
  /** A fragment is part of a message (an action, a member's name), translated where it is interpolated. */
  kind: 'message' | 'fragment';
  /** file:line, relative to the repository. */
  at: string;
}

export interface ScanResult {
  messages: SourceMessage[];
  /** Expressions passed as a message that the scan could not follow (file:line and the expression). */
  unresolved: string[];
}

const ROOTS = ['gateway', 'subgraphs'];
const SKIPPED_DIRS = new Set(['node_modules', 'generated', 'ide', 'dashboard', 'migrations']);
/** Text already in Chinese (notifications, share pages) needs no translation from English. */
const CHINESE = /[\u4e00-\u9fff]/;
/** Where a message enters: the function name and the index of the argument that is the message. */
const ROOT_SINKS: [string, number][] = [
  ['appError', 1],
  ['localize', 0],
];

function sourceFiles(dir: string, out: string[] = []): string[] {
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    if (SKIPPED_DIRS.has(e.name) || e.name.startsWith('.')) continue;
    const p = path.join(dir, e.name);
    if (e.isDirectory()) sourceFiles(p, out);
    else if (/\.ts$/.test(p) && !/\.(test|generated|d)\.ts$/.test(p)) out.push(p);
  }
  return out;
}

type FnLike = ts.FunctionLikeDeclaration;

const isExpression = (n: ts.Node | undefined): n is ts.Expression => !!n && !ts.isFunctionDeclaration(n);

/** The name a function is called by: its declaration's, or the variable or property it is assigned to. */
function functionName(fn: FnLike): string | undefined {
  if (fn.name && ts.isIdentifier(fn.name)) return fn.name.text;
  const parent = fn.parent;
  if (ts.isVariableDeclaration(parent) && ts.isIdentifier(parent.name)) return parent.name.text;
  if (ts.isPropertyAssignment(parent) && ts.isIdentifier(parent.name)) return parent.name.text;
  return undefined;
}

function enclosingFunction(node: ts.Node): FnLike | undefined {
  for (let n = node.parent; n; n = n.parent) if (ts.isFunctionLike(n) && 'body' in n) return n as FnLike;
  return undefined;
}

function calleeName(call: ts.CallExpression | ts.NewExpression): string | undefined {
  const e = call.expression;
  if (ts.isIdentifier(e)) return e.text;
  if (ts.isPropertyAccessExpression(e)) return e.name.text;
  return undefined;
}

export function scanErrorMessages(root: string): ScanResult {
  const files = ROOTS.flatMap((r) => sourceFiles(path.join(root, r)));
  const sources = files.map((f) => ts.createSourceFile(f, fs.readFileSync(f, 'utf8'), ts.ScriptTarget.Latest, true));
  // Constants (strings, tables, functions) by name: those of the file first, then those exported anywhere.
  const localConsts = new Map<ts.SourceFile, Map<string, ts.Expression | ts.FunctionDeclaration>>();
  const exportedConsts = new Map<string, ts.Expression | ts.FunctionDeclaration>();
  for (const sf of sources) {
    const mine = new Map<string, ts.Expression | ts.FunctionDeclaration>();
    const visit = (n: ts.Node) => {
      if (ts.isFunctionDeclaration(n) && n.name && n.body) {
        mine.set(n.name.text, n);
        if (n.modifiers?.some((m) => m.kind === ts.SyntaxKind.ExportKeyword)) exportedConsts.set(n.name.text, n);
      }
      if (ts.isVariableDeclaration(n) && ts.isIdentifier(n.name) && n.initializer) {
        mine.set(n.name.text, n.initializer);
        const stmt = n.parent?.parent;
        if (stmt && ts.isVariableStatement(stmt) && stmt.modifiers?.some((m) => m.kind === ts.SyntaxKind.ExportKeyword))
          exportedConsts.set(n.name.text, n.initializer);
      }
      ts.forEachChild(n, visit);
    };
    visit(sf);
    localConsts.set(sf, mine);
  }
  const messageSinks = new Map<string, Set<number>>(ROOT_SINKS.map(([n, i]) => [n, new Set([i])]));
  const fragmentSinks = new Map<string, Set<number>>();
  const found = new Map<string, SourceMessage>();
  const unresolved = new Set<string>();
  let grew = true;

  const where = (n: ts.Node) => {
    const sf = n.getSourceFile();
    return `${path.relative(root, sf.fileName)}:${sf.getLineAndCharacterOfPosition(n.getStart()).line + 1}`;
  };
  const record = (text: string, kind: SourceMessage['kind'], at: ts.Node) => {
    // Codes (NOT_ELIGIBLE) travel beside messages; text already in Chinese needs no translation.
    if (!/[A-Za-z]{2}/.test(text) || CHINESE.test(text) || /^[A-Z_]+$/.test(text)) return;
    // A one-word fragment is a field or argument name (`${field} must be …`): data, kept as it is.
    if (kind === 'fragment' && !/\s/.test(text.trim())) return;
    const key = `${kind}\0${text}`;
    if (!found.has(key)) found.set(key, { text, kind, at: where(at) });
  };
  const addSink = (sinks: Map<string, Set<number>>, fn: FnLike, param: string) => {
    const name = functionName(fn);
    const index = fn.parameters.findIndex((p) => ts.isIdentifier(p.name) && p.name.text === param);
    if (!name || index < 0) return false;
    const set = sinks.get(name) ?? new Set<number>();
    if (set.has(index)) return true;
    sinks.set(name, set.add(index));
    grew = true;
    return true;
  };
  const lookup = (id: string, from: ts.Node) =>
    localConsts.get(from.getSourceFile())!.get(id) ?? exportedConsts.get(id);

  /** Follows an expression to the texts it can be; `kind` says whether they are whole messages or fragments. */
  function collect(e: ts.Expression, kind: SourceMessage['kind'], depth = 0): void {
    // Back at an expression this very chain is following (a helper returning a variable it awaited from itself,
    // as constants are looked up by name): the loop brings no text the chain has not seen.
    if (following.has(e)) return;
    following.add(e);
    try {
      follow(e, kind, depth);
    } finally {
      following.delete(e);
    }
  }
  const following = new Set<ts.Node>();

  function follow(e: ts.Expression, kind: SourceMessage['kind'], depth: number): void {
    if (depth > 6) return void unresolved.add(`${where(e)} ${e.getText()}`);
    if (
      ts.isParenthesizedExpression(e) ||
      ts.isNonNullExpression(e) ||
      ts.isAsExpression(e) ||
      // `await refusalOf(…)`: an async helper's returns are followed like a plain one's.
      ts.isAwaitExpression(e)
    )
      return collect(e.expression, kind, depth + 1);
    if (ts.isStringLiteral(e) || ts.isNoSubstitutionTemplateLiteral(e)) return record(e.text, kind, e);
    if (e.kind === ts.SyntaxKind.NullKeyword) return;
    if (ts.isConditionalExpression(e)) {
      collect(e.whenTrue, kind, depth + 1);
      return collect(e.whenFalse, kind, depth + 1);
    }
    if (ts.isTemplateExpression(e) || (ts.isBinaryExpression(e) && e.operatorToken.kind === ts.SyntaxKind.PlusToken))
      return record(templateText(e), kind, e);
    if (ts.isIdentifier(e)) {
      const fn = enclosingFunction(e);
      if (fn && addSink(kind === 'message' ? messageSinks : fragmentSinks, fn, e.text)) return;
      const value = lookup(e.text, e);
      if (value && !ts.isFunctionDeclaration(value)) return collect(value, kind, depth + 1);
    }
    if (ts.isObjectLiteralExpression(e)) {
      for (const p of e.properties) if (ts.isPropertyAssignment(p)) collect(p.initializer, kind, depth + 1);
      return;
    }
    // TABLE[key], TABLE.key: every value of the table.
    if (
      (ts.isElementAccessExpression(e) || ts.isPropertyAccessExpression(e)) &&
      ts.isIdentifier(e.expression) &&
      isExpression(lookup(e.expression.text, e))
    )
      return collect(lookup(e.expression.text, e) as ts.Expression, kind, depth + 1);
    if (ts.isCallExpression(e)) {
      // A message handed to a sink (errorBody(req, message, …)) is collected where the sink is called.
      if (messageSinks.has(calleeName(e) ?? '')) return;
      // text.replace(...) keeps the text's words; a function of this file (or exported) returns its message.
      if (ts.isPropertyAccessExpression(e.expression) && e.expression.name.text === 'replace')
        return collect(e.expression.expression, kind, depth + 1);
      const target = ts.isIdentifier(e.expression) ? lookup(e.expression.text, e) : undefined;
      if (
        target &&
        (ts.isArrowFunction(target) || ts.isFunctionExpression(target) || ts.isFunctionDeclaration(target))
      ) {
        if (!target.body) return;
        if (!ts.isBlock(target.body)) return collect(target.body, kind, depth + 1);
        const visit = (n: ts.Node) => {
          if (ts.isReturnStatement(n) && n.expression) collect(n.expression, kind, depth + 1);
          else if (!ts.isFunctionLike(n)) ts.forEachChild(n, visit);
        };
        return visit(target.body);
      }
    }
    // A fragment that is not written as text is a value (a number, a name from the database): data.
    if (kind === 'message') unresolved.add(`${where(e)} ${e.getText().replace(/\s+/g, ' ')}`);
  }

  /** A template or concatenation as text with `{}` for each interpolation; parameters interpolated are fragments. */
  function templateText(e: ts.Expression): string {
    if (ts.isParenthesizedExpression(e)) return templateText(e.expression);
    if (ts.isStringLiteral(e) || ts.isNoSubstitutionTemplateLiteral(e)) return e.text;
    if (ts.isBinaryExpression(e) && e.operatorToken.kind === ts.SyntaxKind.PlusToken)
      return templateText(e.left) + templateText(e.right);
    if (ts.isTemplateExpression(e)) {
      let text = e.head.text;
      for (const span of e.templateSpans) {
        fragmentOf(span.expression);
        text += `{}${span.literal.text}`;
      }
      return text;
    }
    fragmentOf(e);
    return '{}';
  }

  /** An interpolated parameter, or a call to a function of this file, brings words of its own into the message. */
  function fragmentOf(e: ts.Expression) {
    if (ts.isIdentifier(e)) {
      const fn = enclosingFunction(e);
      if (fn) addSink(fragmentSinks, fn, e.text);
    } else if (ts.isCallExpression(e) && ts.isIdentifier(e.expression)) {
      const target = lookup(e.expression.text, e);
      if (target && (ts.isArrowFunction(target) || ts.isFunctionExpression(target)) && !ts.isBlock(target.body))
        collect(target.body, 'fragment');
    }
  }

  // Sinks grow as functions passing a parameter on are found: repeat until none is added.
  for (let round = 0; grew && round < 10; round++) {
    grew = false;
    for (const sf of sources) {
      const visit = (n: ts.Node) => {
        if (ts.isNewExpression(n) && calleeName(n) === 'GraphQLError' && n.arguments?.[0])
          collect(n.arguments[0], 'message');
        if (ts.isCallExpression(n)) {
          const name = calleeName(n);
          for (const [sinks, kind] of [
            [messageSinks, 'message'],
            [fragmentSinks, 'fragment'],
          ] as const)
            for (const i of (name && sinks.get(name)) || []) if (n.arguments[i]) collect(n.arguments[i], kind);
        }
        // A refusal a rule returns ({ code, message }) and a caller throws later.
        if (ts.isPropertyAssignment(n) && ts.isIdentifier(n.name) && n.name.text === 'message')
          if (!/log|z\./.test(n.parent.parent?.getText().slice(0, 40) ?? '')) collect(n.initializer, 'message');
        // A parameter's default message (forbidden's "You are not allowed to do this.").
        if (ts.isParameter(n) && n.initializer && ts.isFunctionLike(n.parent)) {
          const name = functionName(n.parent as FnLike);
          const index = (n.parent as FnLike).parameters.indexOf(n);
          if (name && messageSinks.get(name)?.has(index)) collect(n.initializer, 'message');
        }
        ts.forEachChild(n, visit);
      };
      visit(sf);
    }
  }
  return { messages: [...found.values()], unresolved: [...unresolved].sort() };
}

/**
 * Whether the catalogue has this very message: an entry whose English is the message's, placeholders aside (a
 * broader template that merely matches it, such as "{field} must be {min}-{max} characters.", does not count).
 */
export function isTranslated(message: SourceMessage, entryOf: (text: string) => string | null): boolean {
  const entry = entryOf(message.text.replace(/\{\}/g, '\u2060x\u2060'));
  const shape = (text: string) => text.replace(/\{\w*\}/g, '{}');
  return entry !== null && shape(entry) === shape(message.text);
}

/** The catalogue file a message belongs in: gateway/messages/zh/<part>.json. */
export function partOf(message: SourceMessage): string {
  if (message.kind === 'fragment') return 'fragments';
  const [top, name] = message.at.split('/');
  return top === 'gateway' ? 'gateway' : name;
}

if (require.main === module) {
  const root = path.join(__dirname, '../../..');
  const all = process.argv.includes('--all');
  const { messages, unresolved } = scanErrorMessages(root);
  const missing = messages.filter((m) => all || !isTranslated(m, entryOf));
  const byPart = new Map<string, SourceMessage[]>();
  for (const m of missing) byPart.set(partOf(m), [...(byPart.get(partOf(m)) ?? []), m]);
  for (const [part, list] of byPart) {
    console.log(`gateway/messages/zh/${part}.json:`);
    for (const m of list) {
      const english = m.text
        .split('{}')
        .reduce((text: string, piece: string, i: number) => `${text}{value${i}}${piece}`);
      console.log(`  ${JSON.stringify(english)}: "",    (${m.at})`);
    }
  }
  if (unresolved.length) console.log(`\nNot followed (check by hand):\n${unresolved.join('\n')}`);
  console.error(`${missing.length} of ${messages.length} ${all ? 'found' : 'without a Chinese translation'}.`);
  process.exit(missing.length && !all ? 1 : 0);
}
