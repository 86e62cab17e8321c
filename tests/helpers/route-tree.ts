/**
 * Reads src/routes the way SvelteKit does (one route per folder holding +page or +server files), so tests can
 * check every route, endpoint method and form action against the access table.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

export interface RouteInfo {
	id: string;
	hasPage: boolean;
	actions: string[];
	methods: string[];
}

const ROUTES = join(import.meta.dirname, '..', '..', 'src', 'routes');

function routeId(dir: string): string {
	const rel = relative(ROUTES, dir).split(sep).filter(Boolean);
	return '/' + rel.join('/');
}

function actionsOf(file: string): string[] {
	const src = readFileSync(file, 'utf8');
	const block = /export const actions[^=]*=\s*\{([\s\S]*?)\n\};/.exec(src)?.[1];
	if (!block) return [];
	return [...block.matchAll(/^\t(\w+):/gm)].map((m) => m[1]);
}

function methodsOf(file: string): string[] {
	const src = readFileSync(file, 'utf8');
	return [...src.matchAll(/export const (GET|POST|PUT|PATCH|DELETE)\b/g)].map((m) => m[1]);
}

export function listRoutes(dir = ROUTES): RouteInfo[] {
	const out: RouteInfo[] = [];
	const files = readdirSync(dir);
	const pageServer = join(dir, '+page.server.ts');
	const server = join(dir, '+server.ts');
	const hasPage = files.includes('+page.svelte');
	if (hasPage || existsSync(server)) {
		out.push({
			id: routeId(dir),
			hasPage,
			actions: existsSync(pageServer) ? actionsOf(pageServer) : [],
			methods: existsSync(server) ? methodsOf(server) : []
		});
	}
	for (const f of files) {
		const p = join(dir, f);
		if (statSync(p).isDirectory()) out.push(...listRoutes(p));
	}
	return out;
}
