/** Browser side of an upload: the raw file as the request body, so the server streams it to disk. */
import type { CustomMapping } from '$lib/import';
import type { ImportReport } from '$lib/import/report';

export interface AnalysedFile {
	token: string;
	report: ImportReport;
}

export function uploadFile(file: File, onProgress: (ratio: number) => void): Promise<AnalysedFile> {
	return new Promise((resolve, reject) => {
		const xhr = new XMLHttpRequest();
		xhr.open('POST', '/imports/upload');
		xhr.setRequestHeader('content-type', 'application/octet-stream');
		xhr.setRequestHeader('x-file-name', encodeURIComponent(file.name));
		xhr.upload.onprogress = (e) => {
			if (e.lengthComputable) onProgress(e.loaded / e.total);
		};
		xhr.onload = () => {
			let body: { message?: string } & Partial<AnalysedFile> = {};
			try {
				body = JSON.parse(xhr.responseText);
			} catch {
				// not JSON: reported below with the status
			}
			if (xhr.status === 200 && body.report && body.token)
				resolve({ token: body.token, report: body.report });
			else reject(new Error(body.message ?? `Erreur ${xhr.status} lors de l’envoi du fichier.`));
		};
		xhr.onerror = () => reject(new Error('Le serveur ne répond pas : vérifiez la connexion.'));
		xhr.send(file);
	});
}

export async function analyseWithMapping(
	token: string,
	fileName: string,
	mapping: CustomMapping
): Promise<AnalysedFile> {
	const res = await fetch('/imports/analyse', {
		method: 'POST',
		headers: { 'content-type': 'application/json' },
		body: JSON.stringify({ token, fileName, mapping })
	});
	const body = await res.json();
	if (!res.ok) throw new Error(body.message ?? `Erreur ${res.status}`);
	return body as AnalysedFile;
}

/** Offers a text file for download from the browser (no server round trip). */
export function downloadText(fileName: string, text: string, type = 'text/csv;charset=utf-8'): void {
	const url = URL.createObjectURL(new Blob([text], { type }));
	const a = Object.assign(document.createElement('a'), { href: url, download: fileName });
	document.body.append(a);
	a.click();
	a.remove();
	URL.revokeObjectURL(url);
}
