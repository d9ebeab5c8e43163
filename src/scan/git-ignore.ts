import { posix } from 'node:path';
import ignore, { type Ignore } from 'ignore';

/** The rules of one ignore file, applying to paths below `base` (relative to the root, `''` = root). */
interface IgnoreLevel {
  base: string;
  rules: Ignore;
}

/**
 * The ignore files of the folders from the root down to the one being listed (and `.git/info/exclude`),
 * answering as git does: a deeper file's rules win over a shallower one's, and nothing below an
 * ignored folder is listed. Levels are pushed as the walk enters a folder with a `.gitignore` and
 * popped as it leaves it. Known gap: a deeper `!pattern` that re-includes a folder a shallower file
 * ignores by a pattern on that folder's parent is not honoured.
 */
export class LayeredGitIgnore {
  /** Deepest first: the first level with an opinion decides. */
  private readonly levels: IgnoreLevel[] = [];
  private readonly folderVerdicts = new Map<string, boolean>();

  /** `base` is relative to the root (`''` = the root); the rules apply to paths below it. */
  push(base: string, text: string): void {
    this.levels.unshift({ base, rules: createRules(text) });
  }

  /**
   * Leaves the deepest level. The folder verdicts made with it stay cached: they belong to folders
   * below it, which the walk does not come back to.
   */
  pop(): void {
    this.levels.shift();
  }

  /** `relPath` is relative to the scan root, with `/`. */
  isIgnored(relPath: string, isDirectory: boolean): boolean {
    if (this.levels.length === 0) return false;
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
