/** Accounts of the e2e server: the demo's (one per role) and a finance officer of another organisation. */
export const DEMO_LOGINS = {
	elected: { email: 'elu@demo.cap-libre.fr', password: 'demo-elu' },
	finance: { email: 'finances@demo.cap-libre.fr', password: 'demo-finances' },
	admin: { email: 'admin@demo.cap-libre.fr', password: 'demo-admin' }
} as const;

export const OTHER_ORG_USER = {
	email: 'finances@autre-commune.fr',
	password: 'un mot de passe solide 42'
} as const;
