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

export const fr = { app, nav, dashboard, imports, auth, settings, privacy, chart, common };

export type Messages = typeof fr;
