/**
 * Zoom "Rapports > Utilisation > Participants > Exporter" with meeting data: two tables in one file, a
 * meeting table (`Meeting ID,Topic,Start Time,…`) then, after a blank line, a participant table
 * (`Name (Original Name),User Email,Join Time,…`), with US dates (`MM/DD/YYYY hh:mm:ss AM`). Meeting rows
 * only carry the meeting id; each participant row with an e-mail and not a guest gives one 'Zoom' record
 * (active, activityCount = minutes). Reconnections stay separate rows: the join time is part of the key.
 * Topics and names are never read.
 */
import type { ImportRecord } from '../types';
import { defineProfile } from './profile';
import { FIELD_SYNONYMS } from './synonyms';
import { readAgentKey } from './records';

const PRODUCT = 'Zoom';
const MEETING_KEY = 'zoom.meeting';

export const zoomParticipants = defineProfile({
	id: 'zoom-participants',
	label: 'Zoom — participants aux réunions',
	category: 'usage',
	machineWritten: true,
	fields: {
		meetingId: ['meeting id', 'id de reunion', 'id de la reunion'],
		topic: ['topic', 'sujet'],
		startTime: ['start time', 'heure de debut'],
		endTime: ['end time', 'heure de fin'],
		userEmail: ['user email', "e-mail de l'utilisateur", 'email', 'e-mail'],
		duration: ['duration (minutes)', 'duree (minutes)', 'duration', 'duree'],
		participants: ['participants'],
		name: ['name (original name)', "nom (nom d'origine)", 'name', 'nom'],
		joinTime: ['join time', "heure d'arrivee", 'heure de connexion'],
		leaveTime: ['leave time', 'heure de depart', 'heure de deconnexion'],
		guest: ['guest', 'invite'],
		recordingConsent: ['recording consent', "consentement a l'enregistrement"],
		service: FIELD_SYNONYMS.service
	},
	tables: [
		['meetingId', 'startTime', 'duration'],
		['userEmail', 'joinTime', 'duration']
	],
	multiTable: true,
	createMapper(env) {
		const { read, cols: c, state } = env;
		if (env.table === 0) {
			return (cells: string[]) => {
				read.date(cells, c.startTime);
				if (read.failed) return;
				const id = read.text(cells, c.meetingId);
				state.carry.set(MEETING_KEY, id === null ? null : id.replace(/\s+/g, ''));
			};
		}
		return (cells: string[], line: number, out: ImportRecord[]) => {
			const joined = read.date(cells, c.joinTime);
			const minutes = read.number(cells, c.duration);
			const guest = read.bool(cells, c.guest);
			const email = read.text(cells, c.userEmail);
			if (read.failed || email === null || guest === true) return;
			const agentKey = readAgentKey(env, cells, c.userEmail);
			if (agentKey === null) return;
			if (joined !== null) state.notePeriod(joined, joined);
			out.push({
				kind: 'usage',
				line,
				agentKey,
				productName: PRODUCT,
				service: read.text(cells, c.service),
				reportDate: joined,
				periodDays: null,
				lastActivityDate: joined,
				activityCount: minutes,
				active: true,
				licensed: null
			});
		};
	}
});
