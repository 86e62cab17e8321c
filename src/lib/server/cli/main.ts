/**
 * `cap-libre`: thin wrappers over the same services as the web app. Exit codes: 0 success, 1 a command
 * failed (e.g. a rejected file), 2 usage error.
 */
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ConfigError } from '../config';
import { createOrganisationsRepository } from '../repositories/organisations.repository';
import { HelpRequested, openRuntime, UsageError } from './common';
import { can, type Permission, type Role } from '../auth/permissions';

/**
 * Whoever runs `cap-libre` on the server can read the data directory, database and key included: the command
 * acts as the instance's administrator. Each command still names the permission it exercises, checked by the
 * same module as the web routes, so a new command without a rule is refused.
 */
export const CLI_ROLE: Role = 'admin';
export const COMMAND_PERMISSIONS: Record<string, Permission | 'none'> = {
	migrate: 'editSettings',
	demo: 'editSettings',
	serve: 'none',
	orgs: 'manageUsers',
	org: 'manageUsers',
	user: 'manageUsers',
	backup: 'editSettings',
	import: 'importFiles',
	simulate: 'viewScenarios',
	indicators: 'viewSovereignty',
	report: 'viewReports'
};

export const HELP = `Cap Libre — dépenses logicielles, économies et souveraineté numérique

Usage : cap-libre <commande> [options]

Commandes :
  migrate                 crée ou met à jour la base de données (migrations)
  demo                    charge la commune de démonstration dans la base configurée
  serve                   démarre l'application web (construit l'application si besoin)
  import <fichier>…       importe des fichiers CSV (et les DECP en JSON)
      --org <id|slug>     collectivité (par défaut : la seule, ou la première)
      --dry-run           analyse sans rien enregistrer
      --json              un objet JSON par fichier sur la sortie standard
  simulate <scénario.json> évalue un scénario de migration [--org <id>] [--json]
  indicators              indicateurs de souveraineté [--org <id>] [--json]
  report --out <f.pdf>    rapport au conseil municipal en PDF [--org <id>] [--scenario <id>] [--lang fr]
  orgs                    liste les collectivités de l'instance
  org add <nom>           ajoute une collectivité [--kind commune|intercommunalite]
  user add <email>        crée un compte ou lui donne un rôle
      --role <rôle>       admin, finance (agent des finances) ou elected (élu)
      --org <id|slug>     collectivité
      --password-stdin    lit le mot de passe sur l'entrée standard (sinon il est généré et affiché)
  backup <fichier.db>     sauvegarde à chaud de la base SQLite

Options générales :
  -h, --help              affiche cette aide

Configuration : variables d'environnement CAP_LIBRE_DATA_DIR (défaut ./data), PORT, HOST, ORIGIN,
CAP_LIBRE_DEMO, CAP_LIBRE_MAX_UPLOAD_MB. Voir README.md.
`;

async function run(argv: string[]): Promise<number> {
	const [command, ...rest] = argv;
	if (!command || command === '-h' || command === '--help' || command === 'help') {
		process.stdout.write(HELP);
		return command ? 0 : 2;
	}
	const permission = COMMAND_PERMISSIONS[command];
	if (permission === undefined)
		throw new UsageError(`Commande inconnue : « ${command} ». Voir « cap-libre --help ».`);
	if (permission !== 'none' && !can(CLI_ROLE, permission))
		throw new UsageError(`Commande non autorisée : ${command}.`);
	switch (command) {
		case 'migrate': {
			const runtime = openRuntime();
			runtime.db.$client.close();
			console.log(`Base à jour : ${runtime.config.databasePath}`);
			return 0;
		}
		case 'demo': {
			const { loadDemo } = await import('../services/demo');
			const reports = await loadDemo(openRuntime());
			for (const r of reports) console.log(`${r.status.padEnd(10)} ${r.file} (${r.rows} lignes)`);
			return reports.every((r) => r.status === 'imported' || r.status === 'duplicate') ? 0 : 1;
		}
		case 'orgs': {
			const runtime = openRuntime();
			for (const o of createOrganisationsRepository(runtime.db).list())
				console.log(`${o.id}\t${o.slug}\t${o.name}`);
			return 0;
		}
		case 'org': {
			const { runOrg } = await import('./org-command');
			return runOrg(openRuntime, rest);
		}
		case 'serve': {
			const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..', '..');
			const result = spawnSync(process.execPath, [join(root, 'scripts', 'start.mjs')], { stdio: 'inherit' });
			return result.status ?? 1;
		}
		case 'user': {
			const { runUser } = await import('./user-command');
			return runUser(openRuntime, rest);
		}
		case 'backup': {
			const { runBackup } = await import('./backup-command');
			return runBackup(openRuntime, rest);
		}
		case 'simulate': {
			const { runSimulate } = await import('./simulate-command');
			return runSimulate(openRuntime, rest);
		}
		case 'indicators': {
			const { runIndicators } = await import('./indicators-command');
			return runIndicators(openRuntime, rest);
		}
		case 'report': {
			const { runReport } = await import('./report-command');
			return runReport(openRuntime, rest);
		}
		case 'import': {
			// Loaded on demand, so `--help` and `migrate` start fast.
			const { runImport } = await import('./import-command');
			return runImport(openRuntime, rest);
		}
		default:
			throw new UsageError(`Commande inconnue : « ${command} ». Voir « cap-libre --help ».`);
	}
}

export async function main(argv: string[]): Promise<number> {
	try {
		return await run(argv);
	} catch (e) {
		if (e instanceof HelpRequested) {
			process.stdout.write(`${e.message}\n`);
			return 0;
		}
		if (e instanceof UsageError || e instanceof ConfigError) {
			process.stderr.write(`cap-libre : ${e.message}\n`);
			return 2;
		}
		process.stderr.write(`cap-libre : erreur inattendue : ${(e as Error).stack ?? e}\n`);
		return 1;
	}
}
