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

export const en: Messages = { app, nav, dashboard, imports, auth, settings, privacy, chart, common };
