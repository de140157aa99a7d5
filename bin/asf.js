#!/usr/bin/env node
// Runs the TypeScript CLI through tsx so that `npx asf …` works without a build step.
import { register } from 'tsx/esm/api';

register();
const { runCli } = await import('../src/bin/asf.ts');
await runCli();
