import type { Role } from '../auth/permissions';

/**
 * One demo account per role, shown on the login page while demo mode is on and refused when it is off.
 * Their password is public by design: they only ever see the fictitious commune.
 */
export const DEMO_ACCOUNTS: { role: Role; email: string; password: string }[] = [
	{ role: 'elected', email: 'elu@demo.cap-libre.fr', password: 'demo-elu' },
	{ role: 'finance', email: 'finances@demo.cap-libre.fr', password: 'demo-finances' },
	{ role: 'admin', email: 'admin@demo.cap-libre.fr', password: 'demo-admin' }
];
