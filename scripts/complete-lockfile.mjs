// Adds lockfile entries for platform-specific optional packages that the
// registry this project is developed against does not serve (for example
// @swc/core-darwin-arm64). `npm install` leaves them out, and `npm ci` then
// refuses the lockfile as out of sync. Each added entry is marked optional, so
// `npm ci` skips it where it does not apply or cannot be fetched.
// Run after `npm install`: node scripts/complete-lockfile.mjs
import {execFileSync} from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const lockPath = path.join(root, 'package-lock.json');

function missingFromLock() {
  try {
    execFileSync('npm', ['ci', '--dry-run', '--ignore-scripts', '--no-audit', '--no-fund'], {cwd: root, stdio: 'pipe'});
    return [];
  } catch (error) {
    const output = `${error.stdout ?? ''}${error.stderr ?? ''}`;
    return [...output.matchAll(/Missing: (@?[^@\s]+)@\S* from lock file/g)].map((match) => match[1]);
  }
}

const lock = JSON.parse(fs.readFileSync(lockPath, 'utf8'));
let added = 0;
for (let round = 0; round < 5; round += 1) {
  const missing = missingFromLock();
  if (missing.length === 0) break;
  for (const name of missing) {
    // The version the parent asks for: look it up in any entry's optionalDependencies.
    const wanted = Object.values(lock.packages)
      .map((entry) => entry.optionalDependencies?.[name])
      .find((version) => version !== undefined);
    if (!wanted) throw new Error(`${name} is missing from the lockfile and is not an optional dependency: run npm install`);
    lock.packages[`node_modules/${name}`] = {version: wanted.replace(/^[\^~=]/, ''), optional: true};
    added += 1;
  }
  fs.writeFileSync(lockPath, `${JSON.stringify(lock, null, 2)}\n`);
}
const still = missingFromLock();
if (still.length > 0) throw new Error(`Still missing from the lockfile: ${still.join(', ')}`);
console.log(`Lockfile complete (${added} optional platform entries added).`);
