// Validates every GitHub Actions workflow against the workflow schema, and
// checks that each third-party action is pinned to a full commit SHA.
import {execFileSync} from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const workflowsDir = path.join(root, '.github', 'workflows');
const files = fs.readdirSync(workflowsDir).filter((name) => /\.ya?ml$/.test(name));
const validator = path.join(root, 'node_modules', '.bin', 'action-validator');
const problems = [];

for (const name of files) {
  const file = path.join('.github', 'workflows', name);
  try {
    execFileSync(validator, [file], {cwd: root, stdio: 'pipe'});
  } catch (error) {
    problems.push(`${file}: schema validation failed\n${String(error.stdout)}${String(error.stderr)}`);
  }
  fs.readFileSync(path.join(root, file), 'utf8')
    .split('\n')
    .forEach((line, index) => {
      const match = /^\s*(?:-\s*)?uses:\s*([^\s#]+)/.exec(line);
      if (!match || match[1].startsWith('./') || match[1].startsWith('docker://')) return;
      if (!/@[0-9a-f]{40}$/.test(match[1])) problems.push(`${file}:${index + 1}: "${match[1]}" must be pinned to a full commit SHA`);
    });
}

if (problems.length > 0) {
  console.error(problems.join('\n'));
  process.exit(1);
}
console.log(`Workflows: ${files.length} files valid, every action pinned to a commit SHA.`);
