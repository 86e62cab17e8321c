/**
 * Personal-data duties towards the staff whose usage Cap Libre analyses (GDPR): privacy settings, the
 * retention purge of raw per-agent facts (aggregates are kept), and an administrator's access and erasure of
 * everything held about one pseudonymous agent.
 */
import { DEFAULT_K, effectiveK } from '../../domain/privacy/suppress';
import type { Db } from '../db';
import { createAuditRepository } from '../repositories/audit.repository';
import { createSettingsRepository } from '../repositories/settings.repository';

export interface PrivacySettings {
	/** Smallest group an elected official may see a figure about (never below 5). */
	k: number;
	/** Raw per-agent usage facts older than this are purged. */
	retentionMonths: number;
}

export const DEFAULT_RETENTION_MONTHS = 13;

export function getPrivacySettings(db: Db, orgId: number): PrivacySettings {
	const stored = createSettingsRepository(db).get<Partial<PrivacySettings>>(orgId, 'privacy') ?? {};
	return {
		k: effectiveK(stored.k ?? DEFAULT_K),
		retentionMonths: stored.retentionMonths ?? DEFAULT_RETENTION_MONTHS
	};
}

/** Saves the settings; k below 5 or a retention outside 1–120 months is refused. */
export function setPrivacySettings(db: Db, orgId: number, value: PrivacySettings): void {
	if (!Number.isInteger(value.k) || value.k < DEFAULT_K)
		throw new RangeError(`k doit être un entier d’au moins ${DEFAULT_K}.`);
	if (!Number.isInteger(value.retentionMonths) || value.retentionMonths < 1 || value.retentionMonths > 120) {
		throw new RangeError('La durée de conservation doit être comprise entre 1 et 120 mois.');
	}
	createSettingsRepository(db).set(orgId, 'privacy', value);
}

/** The cut-off date: facts reported before it are purged. */
export function retentionCutoff(now: Date, months: number): string {
	const d = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - months, now.getUTCDate()));
	return d.toISOString().slice(0, 10);
}

/**
 * Deletes raw usage facts whose report date (or, for undated lists, import date) is older than the retention
 * period, for every organisation, and logs each purge. Aggregates (usage_aggregates) are kept: they hold counts, not agents.
 */
export function purgeExpiredUsage(
	db: Db,
	now = new Date()
): { orgId: number; removed: number; cutoff: string }[] {
	const orgIds = db.$client.prepare('select id from organisations').pluck().all() as number[];
	const purged = [];
	for (const orgId of orgIds) {
		const cutoff = retentionCutoff(now, getPrivacySettings(db, orgId).retentionMonths);
		const removed = db.$client
			.prepare(
				`delete from usage_facts where org_id = @orgId and ((report_date <> '' and report_date < @cutoff)
				 or (report_date = '' and import_id in (select id from imports where org_id = @orgId and created_at < @cutoff)))`
			)
			.run({ orgId, cutoff }).changes;
		if (removed > 0) {
			createAuditRepository(db).record({
				orgId,
				userId: null,
				actor: 'système',
				action: 'retention.purge',
				details: { removed, cutoff }
			});
			purged.push({ orgId, removed, cutoff });
		}
	}
	return purged;
}

export interface AgentRecord {
	agentKey: string;
	service: string | null;
	usage: {
		product: string;
		reportDate: string | null;
		periodDays: number | null;
		lastActivityDate: string | null;
		activityCount: number | null;
		active: boolean;
		licensed: boolean | null;
		file: string | null;
	}[];
}

/** Everything held about one pseudonymous agent (right of access), or null if nothing is. */
export function exportAgent(db: Db, orgId: number, agentKey: string): AgentRecord | null {
	const agent = db.$client
		.prepare('select service from agents where org_id = ? and agent_key = ?')
		.get(orgId, agentKey) as { service: string | null } | undefined;
	const usage = db.$client
		.prepare(
			`select p.name as product, f.report_date as reportDate, f.period_days as periodDays,
			  f.last_activity_date as lastActivityDate, f.activity_count as activityCount, f.active, f.licensed,
			  i.file_name as file
			 from usage_facts f join products p on p.id = f.product_id left join imports i on i.id = f.import_id
			 where f.org_id = ? and f.agent_key = ? order by f.report_date, p.name`
		)
		.all(orgId, agentKey) as (Omit<AgentRecord['usage'][number], 'active' | 'licensed'> & {
		active: number;
		licensed: number | null;
	})[];
	if (!agent && usage.length === 0) return null;
	return {
		agentKey,
		service: agent?.service ?? null,
		usage: usage.map((u) => ({
			...u,
			active: u.active === 1,
			licensed: u.licensed === null ? null : u.licensed === 1
		}))
	};
}

/** Erases one agent (right to erasure): raw facts and directory entry; aggregates keep only counts. */
export function eraseAgent(db: Db, orgId: number, agentKey: string): number {
	return db.$client.transaction(() => {
		const facts = db.$client
			.prepare('delete from usage_facts where org_id = ? and agent_key = ?')
			.run(orgId, agentKey).changes;
		const dir = db.$client
			.prepare('delete from agents where org_id = ? and agent_key = ?')
			.run(orgId, agentKey).changes;
		return facts + dir;
	})();
}
