import { describe, expect, test } from 'vitest';
import { computeSeats, type SeatEvidence } from './seats';

const none: SeatEvidence = {
	invoicedSeats: null,
	subscribedSeats: null,
	licensedAgents: null,
	activeHolders: null,
	activeAgents: null
};

describe('computeSeats', () => {
	test.each([
		['nothing known', none, { paid: null, used: null, unused: null }],
		[
			'invoice first',
			{ ...none, invoicedSeats: 380, subscribedSeats: 400, licensedAgents: 377, activeHolders: 309 },
			{ paid: 380, paidSource: 'invoice', used: 309, unused: 71 }
		],
		[
			'subscription when no invoice quantity',
			{ ...none, subscribedSeats: 25, activeAgents: 10 },
			{ paid: 25, paidSource: 'subscription', used: 10, usedSource: 'usage-report', unused: 15 }
		],
		[
			'licence list as last resort',
			{ ...none, licensedAgents: 30, activeHolders: 0 },
			{ paid: 30, paidSource: 'licence-list', used: 0, unused: 30 }
		],
		[
			'more active than paid never gives negative unused',
			{ ...none, invoicedSeats: 10, activeAgents: 12 },
			{ unused: 0 }
		],
		[
			'paid but no usage data: unused unknown',
			{ ...none, invoicedSeats: 10 },
			{ paid: 10, used: null, unused: null }
		]
	])('%s', (_name, evidence, expected) => {
		expect(computeSeats(evidence)).toMatchObject(expected);
	});
});
