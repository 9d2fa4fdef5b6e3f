-- Shared by every bench script: requests ask for gzip as browsers do (the app
-- compresses HTML over 1 KB), and after the run one machine-readable line that
-- run.sh parses (wrk's own text output is for people).
wrk.headers["Accept-Encoding"] = "gzip"

function done(summary, latency, requests)
	local e = summary.errors
	local errors = e.connect + e.read + e.write + e.status + e.timeout
	io.write(string.format(
		"BENCH_RESULT requests=%d errors=%d status_errors=%d duration_us=%d p50_us=%d p99_us=%d max_us=%d\n",
		summary.requests, errors, e.status, summary.duration,
		latency:percentile(50), latency:percentile(99), latency.max))
end
