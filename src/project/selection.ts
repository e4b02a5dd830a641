// Which files are drafts, shared by the CLI and the extension (desktop and web): the Markdown extensions, the folders
// never walked into, and `.gitignore` plus `.sourced.json`'s `ignore` evaluated with the `ignore` package (gitignore
// semantics, `!negated` patterns included). No `node:*` and no `vscode`: file access goes through the ConfigHost.
import ignore, {type Ignore} from 'ignore';
import type {ConfigHost, ConfigResolver, IgnoreList} from './config.js';

/** File extensions of Markdown drafts, lower case (matched without regard to case). */
export const markdownExtensions: readonly string[] = ['.md', '.markdown'];

/** Glob of every Markdown draft under a folder (tinyglobby and `vscode.workspace.findFiles` both read it). */
export const markdownGlob = '**/*.{md,markdown}';

/**
 * Globs never walked into: dependencies, and hidden files and folders (`.git`, `.github`, `.vscode`…), which hold
 * tooling, not drafts. A file named on the command line is checked even when one of these matches it.
 */
export const excludedGlobs: readonly string[] = ['**/node_modules/**', '**/.*/**', '**/.*'];

/** {@link excludedGlobs} as the single brace pattern `vscode.workspace.findFiles` takes for its `exclude`. */
export const excludedGlob = `{${excludedGlobs.join(',')}}`;

/** The ignore file read in every folder from the repository root down to a draft's folder. */
export const gitignoreFileName = '.gitignore';

/**
 * Whether a path names a Markdown draft by its extension.
 *
 * @param file
 *   A path or URI; only its last segment is read.
 */
export function isMarkdownPath(file: string): boolean {
  const name = file.slice(Math.max(file.lastIndexOf('/'), file.lastIndexOf('\\')) + 1).toLowerCase();
  return markdownExtensions.some((ext) => name.endsWith(ext) && name.length > ext.length);
}

/** A {@link ConfigHost} that can also express a path relative to a folder. */
export interface SelectionHost extends ConfigHost {
  /** `target` relative to `folder` with `/` separators, or undefined when it is not inside `folder`. */
  relative(folder: string, target: string): string | undefined;
}

interface CompiledList {
  base: string;
  rules: Ignore;
}

/**
 * Decides whether a draft found by walking is excluded: by the `.gitignore` files from the repository root down to
 * its folder, then by the `ignore` lists of the `.sourced.json` files that apply to it. Later lists win, so a nearer
 * `.gitignore` or a `.sourced.json` can re-include with `!pattern` what an outer list excluded (as in git, a file
 * inside an excluded folder stays excluded unless the pattern names the file itself).
 */
export class DraftFilter {
  private readonly gitignores = new Map<string, Promise<CompiledList[]>>();
  private readonly compiled = new Map<readonly string[], Ignore>();

  /**
   * @param host
   *   File access (the same host the resolver uses).
   * @param configs
   *   The resolver whose `ignore` lists apply.
   */
  constructor(
    private readonly host: SelectionHost,
    private readonly configs: ConfigResolver,
  ) {}

  /**
   * True when the file is excluded by a `.gitignore` or an `ignore` glob.
   *
   * @param file
   *   A host path of a file.
   * @throws {import('./config.js').ConfigFileError}
   *   When a config file that applies is broken.
   */
  async isIgnored(file: string): Promise<boolean> {
    const folder = this.host.parent(file);
    if (folder === undefined) return false;
    const {ignores} = await this.configs.forFolder(folder);
    const lists = [...(await this.gitignoresFor(folder)), ...ignores.map((list) => this.compile(list))];
    let ignored = false;
    for (const {base, rules} of lists) {
      const relative = this.host.relative(base, file);
      if (relative === undefined || relative === '') continue;
      const result = rules.test(relative);
      if (result.ignored) ignored = true;
      else if (result.unignored) ignored = false;
    }
    return ignored;
  }

  private compile(list: IgnoreList): CompiledList {
    let rules = this.compiled.get(list.patterns);
    if (!rules) {
      rules = ignore().add(list.patterns);
      this.compiled.set(list.patterns, rules);
    }
    return {base: list.base, rules};
  }

  /** The `.gitignore` lists of `folder` and its parents up to the repository root, outermost first. */
  private gitignoresFor(folder: string): Promise<CompiledList[]> {
    let cached = this.gitignores.get(folder);
    if (!cached) {
      cached = (async () => {
        const parent = this.host.parent(folder);
        const outer = parent === undefined || (await this.host.isBoundary(folder)) ? [] : await this.gitignoresFor(parent);
        // An unreadable .gitignore is treated as absent, as git does.
        const text = await this.host.readText(this.host.join(folder, gitignoreFileName)).catch(() => undefined);
        return text === undefined ? outer : [...outer, {base: folder, rules: ignore().add(text)}];
      })();
      this.gitignores.set(folder, cached);
    }
    return cached;
  }
}
