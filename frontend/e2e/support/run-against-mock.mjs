// Runs the journeys against the mock backend serving the current build (dist/):
//   npm run build && npm run e2e:mock
import { spawn } from 'node:child_process';
import { readdirSync } from 'node:fs';
import path from 'node:path';

import { MOCK_PASSWORD, startMockBackend } from './mock-backend.mjs';

const e2eDir = path.resolve(import.meta.dirname, '..');
// The mock covers sign-in, users and audit only; journeys through other modules need the real backend
// (the backend's WebJourneyIT runs all of them).
const MOCKED = new Set(['login.journey.test.mjs', 'users.journey.test.mjs']);
const journeys = readdirSync(e2eDir)
  .filter((name) => MOCKED.has(name))
  .map((name) => path.join(e2eDir, name));

const backend = await startMockBackend();
console.log(`mock backend on ${backend.url}`);
const child = spawn(process.execPath, ['--test', '--test-reporter=tap', ...journeys], {
  stdio: 'inherit',
  env: {
    ...process.env,
    BASE_URL: backend.url,
    STEWARD_E2E_USERNAME: 'admin',
    STEWARD_E2E_PASSWORD: MOCK_PASSWORD,
  },
});
const code = await new Promise((resolve) => child.on('exit', (status) => resolve(status ?? 1)));
await backend.stop();
process.exit(code);
