/**
 * The ONLY reader of process.env. Values are validated once and typed; a bad value stops the start with a
 * message that names the variable and what was expected.
 */
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { dirname, isAbsolute, join, resolve } from 'node:path';

export interface Config {
	port: number;
	host: string;
	origin: string | null;
	dataDir: string;
	databasePath: string;
	secretKeyPath: string;
	migrationsDir: string;
	/** Load the demo commune into an empty database at start-up. */
	demo: boolean;
	/** Largest accepted upload, in bytes. */
	maxUploadBytes: number;
	/** A session unused for this long ends. */
	sessionIdleMinutes: number;
	/** A session ends this long after login, used or not. */
	sessionMaxHours: number;
}

export class ConfigError extends Error {
	constructor(message: string) {
		super(message);
		this.name = 'ConfigError';
	}
}

type Env = Record<string, string | undefined>;

function readPort(env: Env): number {
	const raw = env.PORT ?? '3000';
	const port = Number(raw);
	if (!/^\d+$/.test(raw) || port < 1 || port > 65535) {
		throw new ConfigError(`PORT doit être un entier entre 1 et 65535 (reçu : « ${raw} »).`);
	}
	return port;
}

function readOrigin(env: Env): string | null {
	const raw = env.ORIGIN;
	if (!raw) return null;
	try {
		const url = new URL(raw);
		if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new Error('protocol');
		return url.origin;
	} catch {
		throw new ConfigError(
			`ORIGIN doit être une URL http(s), par exemple https://cap-libre.mairie.example.fr (reçu : « ${raw} »).`
		);
	}
}

function readBoolean(env: Env, name: string, fallback: boolean): boolean {
	const raw = env[name];
	if (raw === undefined || raw === '') return fallback;
	if (/^(1|true|yes|oui|on)$/i.test(raw)) return true;
	if (/^(0|false|no|non|off)$/i.test(raw)) return false;
	throw new ConfigError(`${name} doit valoir 1 ou 0 (reçu : « ${raw} »).`);
}

function readPositiveInteger(env: Env, name: string, fallback: number, unit: string): number {
	const raw = env[name];
	if (raw === undefined || raw === '') return fallback;
	const n = Number(raw);
	if (!Number.isInteger(n) || n <= 0) {
		throw new ConfigError(`${name} doit être un nombre entier de ${unit} positif (reçu : « ${raw} »).`);
	}
	return n;
}

function readMegabytes(env: Env, name: string, fallback: number): number {
	const raw = env[name];
	if (raw === undefined || raw === '') return fallback * 1024 * 1024;
	const mb = Number(raw);
	if (!Number.isFinite(mb) || mb <= 0) {
		throw new ConfigError(`${name} doit être un nombre de mégaoctets positif (reçu : « ${raw} »).`);
	}
	return Math.round(mb * 1024 * 1024);
}

/** Builds the configuration from an environment (process.env by default); pure apart from path resolution. */
export function readConfig(env: Env = process.env, cwd = process.cwd()): Config {
	const dataDir = resolve(cwd, env.CAP_LIBRE_DATA_DIR || './data');
	const migrationsDir = env.MIGRATIONS_DIR ? resolve(cwd, env.MIGRATIONS_DIR) : findMigrationsDir(cwd);
	return {
		port: readPort(env),
		host: env.HOST || '0.0.0.0',
		origin: readOrigin(env),
		dataDir,
		databasePath: join(dataDir, 'cap-libre.db'),
		secretKeyPath: join(dataDir, 'secret.key'),
		migrationsDir,
		demo: readBoolean(env, 'CAP_LIBRE_DEMO', true),
		maxUploadBytes: readMegabytes(env, 'CAP_LIBRE_MAX_UPLOAD_MB', 300),
		sessionIdleMinutes: readPositiveInteger(env, 'CAP_LIBRE_SESSION_IDLE_MINUTES', 120, 'minutes'),
		sessionMaxHours: readPositiveInteger(env, 'CAP_LIBRE_SESSION_MAX_HOURS', 12, 'heures')
	};
}

/**
 * drizzle/ is shipped next to build/. Look in the working directory first, then walk up from this module
 * (src/lib/server or build/server/chunks), so `node /path/to/build` works from any directory.
 */
function findMigrationsDir(cwd: string): string {
	const candidates = [join(cwd, 'drizzle')];
	for (let dir = import.meta.dirname; dir && dir !== dirname(dir); dir = dirname(dir)) {
		candidates.push(join(dir, 'drizzle'));
	}
	return candidates.find((dir) => existsSync(join(dir, 'meta', '_journal.json'))) ?? candidates[0];
}

/** Creates the data directory if missing. */
export function ensureDataDir(config: Config): void {
	if (!isAbsolute(config.dataDir))
		throw new ConfigError('CAP_LIBRE_DATA_DIR doit pouvoir être résolu en chemin absolu.');
	try {
		mkdirSync(config.dataDir, { recursive: true });
	} catch (e) {
		throw new ConfigError(
			`Impossible de créer le dossier de données ${config.dataDir} (CAP_LIBRE_DATA_DIR) : ${(e as Error).message}`
		);
	}
}

/**
 * The instance secret (32 random bytes, hex) used for pseudonymisation and sessions. Generated on first start
 * into the data directory with mode 0600; never stored in the database, never derived from anything else.
 */
export function loadSecretKey(config: Config): Buffer {
	ensureDataDir(config);
	if (!existsSync(config.secretKeyPath)) {
		writeFileSync(config.secretKeyPath, randomBytes(32).toString('hex') + '\n', { mode: 0o600, flag: 'wx' });
		chmodSync(config.secretKeyPath, 0o600);
	}
	const hex = readFileSync(config.secretKeyPath, 'utf8').trim();
	if (!/^[0-9a-f]{64}$/.test(hex)) {
		throw new ConfigError(
			`Le fichier de clé ${config.secretKeyPath} est invalide (64 caractères hexadécimaux attendus).`
		);
	}
	return Buffer.from(hex, 'hex');
}

let cached: Config | null = null;

/** The process-wide configuration, read once. */
export function getConfig(): Config {
	cached ??= readConfig();
	return cached;
}
