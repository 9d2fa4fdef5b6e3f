-- One URL (wrk's argument), anonymous; only the report added.
dofile(os.getenv("BENCH_LUA") .. "/report.lua")
