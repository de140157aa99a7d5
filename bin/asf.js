#!/usr/bin/env node
// `npx asf …`: the command line, compiled from the TypeScript sources when they changed (compiled.js).
import { load } from './compiled.js';

const { runCli } = await load('bin/asf');
await runCli();
