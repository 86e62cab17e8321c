import type { Messages } from './fr';
import { app } from './en/app';
import { nav } from './en/nav';
import { dashboard } from './en/dashboard';
import { imports } from './en/imports';
import { auth } from './en/auth';
import { settings } from './en/settings';
import { privacy } from './en/privacy';
import { chart } from './en/chart';
import { common } from './en/common';
import { scenarios } from './en/scenarios';
import { sovereignty } from './en/sovereignty';
import { progress } from './en/progress';
import { licences } from './en/licences';
import { reports } from './en/reports';
import { products } from './en/products';

export const en: Messages = {
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
