/**
 * `Get-MgSubscribedSku | Select … | Export-Csv` (Windows PowerShell 5.1: `#TYPE` line, every field quoted,
 * ASCII) or the older `Get-MsolAccountSku` (`AccountSkuId` = `tenant:SKU`, `ActiveUnits`). One licence
 * record per SKU: seats = prepaid enabled units, seatsAssigned = consumed units. Free, viral, trial and
 * developer SKUs (FLOW_FREE, POWER_BI_STANDARD…) are kept but flagged excluded from cost figures.
 */
import type { ImportRecord } from '../types';
import { defineProfile } from './profile';
import { createLicenceRecord } from './records';

const FREE_SKUS = new Set([
	'POWER_BI_STANDARD',
	'STREAM',
	'WINDOWS_STORE',
	'MICROSOFT_BUSINESS_CENTER',
	'RIGHTSMANAGEMENT_ADHOC',
	'POWERAPPS_DEV',
	'DEVELOPERPACK',
	'DEVELOPERPACK_E5',
	'MCOPSTNC'
]);
const FREE_PATTERN =
	/(?:^|_)(?:FREE|VIRAL|TRIAL|PREVIEW|EXPLORATORY|DEV|DEVELOPER|ADHOC|INDIVIDUAL(?:_USER)?|PRIVPREV)(?:_|$)/;
/** Viral SKUs show huge prepaid counts (10 000, 1 000 000): no paid tenant of a commune has that many. */
const VIRAL_PREPAID_THRESHOLD = 10000;

/** True for SKUs that cost nothing (free, viral, trial, developer), by name or by their huge prepaid count. */
export function isFreeSku(partNumber: string, prepaidEnabled: number | null): boolean {
	const sku = partNumber.toUpperCase();
	return (
		FREE_SKUS.has(sku) ||
		FREE_PATTERN.test(sku) ||
		(prepaidEnabled !== null && prepaidEnabled >= VIRAL_PREPAID_THRESHOLD)
	);
}

/** A .NET type name, which Export-Csv writes in place of a nested object it was not told to flatten. */
const TYPE_NAME = /^[A-Za-z_]\w*(?:\.[A-Za-z_]\w*){2,}$/;

function unflattenedWarning(typeName: string): string {
	return (
		`Le nombre de licences achetées est inconnu : la colonne « PrepaidUnits » contient « ${typeName} », le nom ` +
		'd’un objet que PowerShell n’a pas détaillé. Les licences attribuées sont importées, mais pas les licences ' +
		'payées. Relancez l’export en détaillant cet objet : Get-MgSubscribedSku | Select-Object SkuPartNumber, ' +
		'SkuId, ConsumedUnits, CapabilityStatus -ExpandProperty PrepaidUnits | Export-Csv -NoTypeInformation ' +
		'-Encoding UTF8 abonnements.csv'
	);
}

export const ms365SubscribedSkus = defineProfile({
	id: 'ms365-subscribed-skus',
	label: 'Microsoft 365 — abonnements (subscribedSkus)',
	category: 'licences',
	machineWritten: true,
	fields: {
		part: ['skupartnumber', 'sku part number', 'accountskuid'],
		skuId: ['skuid', 'sku id'],
		consumed: ['consumedunits', 'consumed units'],
		enabled: [
			'prepaidunitsenabled',
			'prepaidunits.enabled',
			'prepaid units enabled',
			'activeunits',
			'enabled'
		],
		suspended: ['prepaidunitssuspended', 'prepaidunits.suspended', 'suspendedunits'],
		warning: ['prepaidunitswarning', 'prepaidunits.warning', 'warningunits'],
		lockedOut: ['prepaidunitslockedout', 'prepaidunits.lockedout'],
		/** The nested object itself: only what PowerShell 5.1 writes when the export was not flattened. */
		prepaidUnits: ['prepaidunits', 'prepaid units'],
		status: ['capabilitystatus', 'capability status'],
		appliesTo: ['appliesto', 'applies to'],
		id: ['id']
	},
	tables: [['part', 'consumed']],
	createMapper(env) {
		const { read, cols: c, format } = env;
		return (cells: string[], line: number, out: ImportRecord[]) => {
			const raw = read.required(cells, c.part, 'la référence de l’abonnement (SkuPartNumber)');
			const consumed = read.number(cells, c.consumed);
			const enabled = read.number(cells, c.enabled);
			const nested = read.text(cells, c.prepaidUnits);
			if (c.enabled < 0 && nested !== null && TYPE_NAME.test(nested))
				env.state.warnOnce('powershell-nested', unflattenedWarning(nested));
			if (read.failed || raw === null) return;
			const sku = raw.slice(raw.indexOf(':') + 1);
			out.push(
				createLicenceRecord({
					key: `${format}|${read.text(cells, c.skuId) ?? sku}`,
					line,
					productName: sku,
					vendor: 'Microsoft',
					sku,
					seats: enabled,
					seatsAssigned: consumed,
					status: read.text(cells, c.status),
					excluded: isFreeSku(sku, enabled)
				})
			);
		};
	}
});
