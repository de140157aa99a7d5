#!/usr/bin/env node
// `npm start`: the server, compiled from the TypeScript sources when they changed (compiled.js).
import { load } from './compiled.js';

await load('bin/server');
