// Baseline of the import benchmark: papaparse alone, streaming the same file the same way the import reads it.
import Papa from 'papaparse';
import { createReadStream } from 'node:fs';

let rows = 0;
await new Promise((resolve, reject) => {
	Papa.parse(createReadStream(process.argv[2], { encoding: 'utf8', highWaterMark: 1 << 20 }), {
		delimiter: ',',
		step: () => void rows++,
		complete: resolve,
		error: reject
	});
});
process.stdout.write(`${rows}\n`);
