// The run step of action.yml (GitHub Actions, composite): checks the drafts once for the log (GitHub annotations or
// stylish), once into SARIF for code scanning, and once as JSON for a job summary table in $GITHUB_STEP_SUMMARY.
// Exits with the check's exit code (0 pass, 1 findings fail the run, 2 the run could not be done).
//
// Inputs come as environment variables, as action.yml passes them: INPUT_PATHS (one per line or separated by
// spaces; default "."), INPUT_FORMAT (github or stylish), INPUT_CONFIG, INPUT_MAX_WARNINGS, INPUT_BASELINE,
// INPUT_SARIF_FILE (default sourced.sarif). Writes `sarif-file` and `exit-code` to $GITHUB_OUTPUT when set.
const {spawnSync} = require('node:child_process');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');

const cli = path.join(__dirname, '..', 'dist', 'cli.js');

/** An input's value, trimmed; '' when not set. */
function input(name) {
  return (process.env[`INPUT_${name.toUpperCase().replace(/-/g, '_')}`] ?? '').trim();
}

/** Run `sourced check` with the shared flags; the report goes to stdout or the given output file. */
function check(paths, flags, format, output) {
  const args = [cli, 'check', '--format', format, ...(output ? ['--output', output] : []), ...flags, '--', ...paths];
  return spawnSync(process.execPath, args, {encoding: 'utf8', env: {...process.env, FORCE_COLOR: format === 'stylish' ? '1' : '0'}});
}

/** Escape text for a Markdown table cell. */
function cell(text) {
  return String(text).replace(/[|\\`*_<>[\]]/g, (c) => `\\${c}`).replace(/\n/g, ' ');
}

function plural(n, word) {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/** The job summary: a table of files with problems, and the totals. */
function summary(results, cwd, exitCode) {
  const total = {errors: 0, warnings: 0, infos: 0, baselined: 0};
  const rows = [];
  for (const r of results) {
    total.errors += r.errorCount;
    total.warnings += r.warningCount;
    total.infos += r.infoCount;
    total.baselined += r.baselinedCount ?? 0;
    const note = r.error ? `not checked: ${r.error}` : r.skipped ? `skipped: ${r.skipped}` : '';
    if (r.messages.length === 0 && !note) continue;
    rows.push(`| ${cell(path.relative(cwd, r.filePath) || r.filePath)} | ${r.errorCount} | ${r.warningCount} | ${r.infoCount} | ${r.baselinedCount ?? 0} | ${cell(note)} |`);
  }
  const verdict = exitCode === 0 ? '✔ passed' : exitCode === 1 ? '✖ failed: errors, or more warnings than allowed' : '✖ could not check every file';
  return [
    '## Sourced: attribution check',
    '',
    `${verdict}. ${plural(results.length, 'file')}: ${plural(total.errors, 'error')}, ${plural(total.warnings, 'warning')}, ${total.infos} info, ${total.baselined} baselined.`,
    '',
    ...(rows.length > 0 ? ['| File | Errors | Warnings | Info | Baselined | Note |', '| --- | ---: | ---: | ---: | ---: | --- |', ...rows, ''] : ['No problems found.', '']),
  ].join('\n');
}

function main() {
  const paths = input('paths') === '' ? ['.'] : input('paths').split(/\s+/).filter(Boolean);
  const format = input('format') || 'github';
  if (!['github', 'stylish'].includes(format)) {
    console.log(`::error title=sourced::format must be github or stylish (SARIF is always written to sarif-file), not "${format}"`);
    return 2;
  }
  const flags = [];
  if (input('config')) flags.push('--config', input('config'));
  if (input('baseline')) flags.push('--baseline', input('baseline'));
  const sarifFile = input('sarif-file') || 'sourced.sarif';

  // The log: annotations on the pull request (github) or a readable report (stylish). It decides the exit code.
  const maxWarnings = input('max-warnings') ? ['--max-warnings', input('max-warnings')] : [];
  const log = check(paths, [...flags, ...maxWarnings], format);
  process.stdout.write(log.stdout);
  process.stderr.write(log.stderr);
  const exitCode = log.status ?? 2;

  check(paths, flags, 'sarif', sarifFile);
  const jsonFile = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'sourced-')), 'report.json');
  const json = check(paths, flags, 'json', jsonFile);
  const written = fs.existsSync(jsonFile);
  if (process.env.GITHUB_STEP_SUMMARY && written) {
    fs.appendFileSync(process.env.GITHUB_STEP_SUMMARY, summary(JSON.parse(fs.readFileSync(jsonFile, 'utf8')), process.cwd(), exitCode));
  }
  if (process.env.GITHUB_OUTPUT) {
    fs.appendFileSync(process.env.GITHUB_OUTPUT, `${fs.existsSync(sarifFile) ? `sarif-file=${sarifFile}\n` : ''}exit-code=${exitCode}\n`);
  }
  if (!written && json.status === 2 && exitCode !== 2) process.stderr.write(json.stderr);
  return exitCode;
}

if (require.main === module) process.exitCode = main();

module.exports = {summary};
