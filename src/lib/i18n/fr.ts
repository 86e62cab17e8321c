/**
 * The message catalogue: every user-facing text of the interface, in French (the reference language), one
 * file per area in fr/. en.ts mirrors this shape; TypeScript refuses a missing key.
 */
import { app } from './fr/app';
import { nav } from './fr/nav';
import { dashboard } from './fr/dashboard';
import { imports } from './fr/imports';
import { auth } from './fr/auth';
import { settings } from './fr/settings';
import { privacy } from './fr/privacy';
import { chart } from './fr/chart';
import { common } from './fr/common';
import { scenarios } from './fr/scenarios';
import { sovereignty } from './fr/sovereignty';
import { progress } from './fr/progress';
import { licences } from './fr/licences';
import { reports } from './fr/reports';
import { products } from './fr/products';

export const fr = {
	app,
	nav,
	dashboard,
	imports,
	auth,
	settings,
	privacy,
	chart,
	common,
	scenarios,
	sovereignty,
	progress,
	licences,
	reports,
	products
};

export type Messages = typeof fr;
