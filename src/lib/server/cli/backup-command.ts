import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Runtime } from '../runtime';
import { UsageError } from './common';

/**
 * `cap-libre backup <file>`: SQLite's online backup API, safe while the server runs. The secret key file is
 * not in the database: back it up too, or new imports will no longer match the old pseudonyms.
 */
export async function runBackup(openRuntime: () => Runtime, args: string[]): Promise<number> {
	const target = args[0];
	if (!target || args.length > 1) throw new UsageError('usage : cap-libre backup <fichier.db>');
	const path = resolve(target);
	if (existsSync(path)) throw new UsageError(`le fichier ${path} existe déjà : choisissez un autre nom.`);
	const runtime = openRuntime();
	await runtime.db.$client.backup(path);
	console.log(`Sauvegarde écrite : ${path}`);
	console.log(`N’oubliez pas la clé : ${runtime.config.secretKeyPath}`);
	return 0;
}
