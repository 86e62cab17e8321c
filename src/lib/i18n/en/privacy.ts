import type { Messages } from '../fr';

export const privacy: Messages['privacy'] = {
	title: 'Personal data',
	intro:
		'Cap Libre analyses how staff use software to measure licences paid for but unused. This page describes the processing, as the GDPR requires.',
	controller: 'Controller',
	controllerValue: 'The organisation “{org}”, represented by its mayor or president.',
	purpose: 'Purpose',
	purposeValue:
		'Measure the use of the software the organisation pays for (seats paid and used), prepare and follow the move to open-source software. No individual assessment of staff.',
	legalBasis: 'Legal basis',
	legalBasisValue: 'Public-interest task (GDPR art. 6(1)(e)): sound management of public money.',
	data: 'Data processed',
	dataValue:
		'For each agent: a pseudonym (HMAC-SHA256 of their identifier with an instance-specific key), their service, the software used, the last activity date and activity counts, per report period. E-mail addresses and names in imported files are removed before anything is stored.',
	recipients: 'Recipients',
	recipientsValue:
		'The organisation’s finance officers and Cap Libre administrator. Elected officials only see aggregated figures, never about a group of fewer than {k} agents.',
	retention: 'Retention',
	retentionValue:
		'Individual data: {months} months after the report date, then automatic, logged deletion. Aggregated figures: for the duration of the migration plan.',
	rights: 'Rights of staff',
	rightsValue:
		'Access, rectification, erasure, restriction and objection: through Cap Libre’s administrator or the organisation’s data protection officer. The administrator can export and erase an agent’s data from the Settings.',
	security: 'Security',
	securityValue:
		'Hosted by the organisation, no request to any third party, argon2id passwords, server-side sessions, audit log, pseudonymisation key kept outside the database.',
	transfers: 'Transfers outside the EU',
	transfersValue: 'None: Cap Libre sends no data to any third party.',
	register: 'Entry for the register of processing activities',
	registerIntro: 'Download the entry for the register of processing activities (GDPR art. 30).',
	registerDownload: 'Download the entry (text)',
	noTracking: 'Cap Libre does not track its own users and sets only a session cookie.'
};
