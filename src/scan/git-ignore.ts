import { readFile } from 'node:fs/promises';
import { join, posix } from 'node:path';
import ignore, { type Ignore } from 'ignore';

/** The rules of one ignore file, applying to paths below `base` (relative to the root, `''` = root). */
interface IgnoreLevel {
  base: string;
  rules: Ignore;
}

export interface GitIgnoreMatcher {
  /** `relPath` is relative to the scan root, with `/`. */
  isIgnored(relPath: string, isDirectory: boolean): boolean;
}

/**
 * Reads the `.gitignore` files found in the tree (and `.git/info/exclude`) and answers as git does:
 * a deeper file's rules win over a shallower one's, and nothing below an ignored folder is scanned.
 * Known gap: a deeper `!pattern` that re-includes a folder a shallower file ignores by a pattern on
 * that folder's parent is not honoured.
 */
export async function loadGitIgnore(
  rootAbs: string,
  gitignoreRelPaths: readonly string[],
): Promise<GitIgnoreMatcher> {
  const levels: IgnoreLevel[] = [];
  const exclude = await readOptional(join(rootAbs, '.git', 'info', 'exclude'));
  if (exclude !== undefined) levels.push({ base: '', rules: createRules(exclude) });
  for (const relPath of gitignoreRelPaths) {
    const text = await readOptional(join(rootAbs, relPath));
    if (text === undefined) continue;
    const base = posix.dirname(relPath);
    levels.push({ base: base === '.' ? '' : base, rules: createRules(text) });
  }
  // Deepest first: the first level with an opinion decides.
  levels.sort((a, b) => depth(b.base) - depth(a.base));
  return levels.length === 0 ? { isIgnored: () => false } : new LayeredGitIgnore(levels);
}

class LayeredGitIgnore implements GitIgnoreMatcher {
  private readonly folderVerdicts = new Map<string, boolean>();

  constructor(private readonly levels: readonly IgnoreLevel[]) {}

  isIgnored(relPath: string, isDirectory: boolean): boolean {
    const parent = posix.dirname(relPath);
    if (parent !== '.' && this.isFolderIgnored(parent)) return true;
    return this.decide(relPath, isDirectory);
  }

  private isFolderIgnored(folder: string): boolean {
    const known = this.folderVerdicts.get(folder);
    if (known !== undefined) return known;
    const verdict = this.isIgnored(folder, true);
    this.folderVerdicts.set(folder, verdict);
    return verdict;
  }

  private decide(relPath: string, isDirectory: boolean): boolean {
    for (const level of this.levels) {
      if (level.base !== '' && !relPath.startsWith(`${level.base}/`)) continue;
      const below = level.base === '' ? relPath : relPath.slice(level.base.length + 1);
      const result = level.rules.test(isDirectory ? `${below}/` : below);
      if (result.ignored) return true;
      if (result.unignored) return false;
    }
    return false;
  }
}

function createRules(text: string): Ignore {
  // Git on Linux matches case-sensitively; `ignore` folds case unless told not to.
  return ignore({ ignorecase: false }).add(text);
}

function depth(base: string): number {
  return base === '' ? 0 : base.split('/').length;
}

async function readOptional(absPath: string): Promise<string | undefined> {
  try {
    return await readFile(absPath, 'utf8');
  } catch {
    return undefined;
  }
}
