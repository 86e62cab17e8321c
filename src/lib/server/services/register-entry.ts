import type { Messages } from '../../i18n';
import { format } from '../../i18n/format';

/** The entry for the organisation's register of processing activities (GDPR art. 30), as plain text. */
export function buildRegisterEntry(
	m: Messages['privacy'],
	org: string,
	k: number,
	months: number,
	today: string
): string {
	const sections: [string, string][] = [
		[m.controller, format(m.controllerValue, { org })],
		[m.purpose, m.purposeValue],
		[m.legalBasis, m.legalBasisValue],
		[m.data, m.dataValue],
		[m.recipients, format(m.recipientsValue, { k })],
		[m.retention, format(m.retentionValue, { months })],
		[m.rights, m.rightsValue],
		[m.security, m.securityValue],
		[m.transfers, m.transfersValue]
	];
	const title = `${m.register} — Cap Libre — ${org} — ${today}`;
	return [
		title,
		'='.repeat(title.length),
		'',
		...sections.flatMap(([h, v]) => [h, '-'.repeat(h.length), v, ''])
	].join('\r\n');
}
