import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Runtime } from '../runtime';
import { parseCommandArgs, UsageError } from './common';

const USAGE = 'usage : cap-libre backup <fichier.db>';

/**
 * `cap-libre backup <file>`: SQLite's online backup API, safe while the server runs. The secret key file is
 * not in the database: back it up too, or new imports will no longer match the old pseudonyms.
 */
export async function runBackup(openRuntime: () => Runtime, args: string[]): Promise<number> {
	const { positionals } = parseCommandArgs(USAGE, { args, allowPositionals: true, options: {} });
	const target = positionals[0];
	if (!target || positionals.length > 1) throw new UsageError(USAGE);
	const path = resolve(target);
	if (existsSync(path)) throw new UsageError(`le fichier ${path} existe déjà : choisissez un autre nom.`);
	const runtime = openRuntime();
	await runtime.db.$client.backup(path);
	console.log(`Sauvegarde écrite : ${path}`);
	console.log(`N’oubliez pas la clé : ${runtime.config.secretKeyPath}`);
	return 0;
}
