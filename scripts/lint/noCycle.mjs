/**
 * An ESLint rule: no import cycles between a package's source files, type-only imports included.
 * `import-x/no-cycle` skips `import type` by design (types are erased at run time), but a type
 * cycle still ties two modules into one unit a reader cannot understand apart, and usually means
 * a type sits in the upper of the two files instead of the lower (docs/development.md, "No import
 * cycles"). TypeScript's own pre-processor lists each file's imports (value, type, re-export and
 * dynamic); only relative ones count, as the packages among themselves form no cycle.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';

/** file → its relative imports, kept while the file is unchanged (an editor lints again and again). */
const cache = new Map();

function resolve(from, specifier) {
  const base = path.resolve(path.dirname(from), specifier);
  const stem = base.replace(/\.[cm]?jsx?$/, '');
  const candidates = [`${stem}.ts`, `${stem}.tsx`, base, path.join(base, 'index.ts')];
  return candidates.find((file) => existsSync(file) && statSync(file).isFile());
}

function importsOf(file) {
  const mtime = statSync(file).mtimeMs;
  const cached = cache.get(file);
  if (cached?.mtime === mtime) return cached.imports;
  const { importedFiles } = ts.preProcessFile(readFileSync(file, 'utf8'), true, true);
  const imports = importedFiles
    .map(({ fileName }) => fileName)
    .filter((specifier) => specifier.startsWith('.'))
    .map((specifier) => ({ specifier, file: resolve(file, specifier) }))
    .filter(({ file: target }) => target !== undefined && /\.tsx?$/.test(target));
  cache.set(file, { mtime, imports });
  return imports;
}

/** The shortest chain of files from `start` back to `target`, or undefined. */
function pathBack(start, target) {
  const cameFrom = new Map([[start, undefined]]);
  const queue = [start];
  for (let i = 0; i < queue.length; i++) {
    const file = queue[i];
    for (const { file: next } of importsOf(file)) {
      if (next === target) {
        const chain = [file];
        for (let at = cameFrom.get(file); at !== undefined; at = cameFrom.get(at)) chain.unshift(at);
        return chain;
      }
      if (!cameFrom.has(next)) {
        cameFrom.set(next, file);
        queue.push(next);
      }
    }
  }
  return undefined;
}

const noCycle = {
  meta: {
    type: 'problem',
    docs: { description: 'Forbid import cycles between source files, type-only imports included.' },
    schema: [],
    messages: { cycle: 'Import cycle, type-only imports included: {{chain}}.' },
  },
  create(context) {
    const file = context.physicalFilename;
    if (!path.isAbsolute(file)) return {};
    return {
      Program(program) {
        const reported = new Set();
        for (const { specifier, file: imported } of importsOf(file)) {
          if (reported.has(specifier)) continue;
          const chain = imported === file ? [] : pathBack(imported, file);
          if (chain === undefined) continue;
          reported.add(specifier);
          const names = [file, ...(imported === file ? [] : chain), file].map(
            (f) => path.relative(path.dirname(file), f) || path.basename(f),
          );
          const node = program.body.find((statement) => statement.source?.value === specifier) ?? program;
          context.report({ node, messageId: 'cycle', data: { chain: names.join(' → ') } });
        }
      },
    };
  },
};

export default { rules: { 'no-cycle': noCycle } };
