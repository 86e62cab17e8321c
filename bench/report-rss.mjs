// Preloaded with `node --import` by the benchmarks: writes the process's peak resident set size (MB) to stderr.
process.on('exit', () =>
	process.stderr.write(`peak-rss-mb=${(process.resourceUsage().maxRSS / 1024).toFixed(1)}\n`)
);
