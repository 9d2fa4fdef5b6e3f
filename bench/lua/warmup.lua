-- Warm-up: every measured page in turn, so the JIT compiles all of their paths.
dofile(os.getenv("BENCH_LUA") .. "/report.lua")

local paths = {}
for path in string.gmatch(os.getenv("BENCH_WARMUP_PATHS"), "%S+") do
	paths[#paths + 1] = path
end
local next_path = 0

function request()
	next_path = next_path % #paths + 1
	return wrk.format("GET", paths[next_path])
end
