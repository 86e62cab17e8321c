#!/usr/bin/env node
// The `cap-libre` command. It runs the TypeScript sources through tsx, so it works right after `npm ci`.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../src/lib/server/cli/main.ts');
// Exit explicitly: a command is done when main returns, whatever handle (worker, timer) is still open.
process.exit(await main(process.argv.slice(2)));
