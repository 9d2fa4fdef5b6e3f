-- The 90 % read / 10 % write mix of two logged-in members: a writer's writes and a
-- reader's reads (a member who writes reads from the primary for the read-your-writes
-- window, so one member doing both would measure nothing but that window). The session
-- cookies and the writer's CSRF token come from run.sh, which logged them in before the
-- run (a masked token stays valid for the whole session). Reads: home, board list
-- pages, posts, reviews. Writes: a comment (7 %) or a new post (3 %); both answer 302.
dofile(os.getenv("BENCH_LUA") .. "/report.lua")
local report = done

local cookie = os.getenv("BENCH_COOKIE")
local reader_cookie = os.getenv("BENCH_READER_COOKIE")
local csrf = os.getenv("BENCH_CSRF")
local posts = tonumber(os.getenv("BENCH_POSTS"))
local reviews = tonumber(os.getenv("BENCH_REVIEWS"))
local pages = math.min(math.floor(posts / 20), 1000)
local counter = 0

local function form(fields)
	local parts = {}
	for key, value in pairs(fields) do
		parts[#parts + 1] = key .. "=" .. value
	end
	return table.concat(parts, "&")
end

local threads = {}

function setup(thread)
	thread:set("id", tostring(thread))
	threads[#threads + 1] = thread
end

-- Answers of 400 and over, by status, so an error count in the results can be explained
-- (a global: done() reads it from each thread).
failures = {}

function response(status, headers, body)
	if status >= 400 then
		failures[status] = (failures[status] or 0) + 1
	end
end

function init(args)
	math.randomseed(os.time() + string.len(id or ""))
	wrk.headers["Cookie"] = reader_cookie
end

-- wrk.format uses the headers given instead of wrk.headers, so a POST names the
-- session cookie itself (without it every write was a 403 for want of a session).
local function post_headers()
	return { ["Content-Type"] = "application/x-www-form-urlencoded", ["Cookie"] = cookie,
		["Accept-Encoding"] = "gzip" }
end

function request()
	counter = counter + 1
	local roll = math.random(100)
	if roll <= 7 then
		local post = math.random(posts)
		return wrk.format("POST", "/board/" .. post .. "/comments",
			post_headers(),
			form({ content = "bench+comment+%EB%8C%93%EA%B8%80+" .. counter, _csrf = csrf }))
	elseif roll <= 10 then
		return wrk.format("POST", "/board", post_headers(),
			form({ title = "bench+post+" .. counter, content = "%EB%B2%A4%EC%B9%98+%EA%B8%80+" .. counter,
				_csrf = csrf }))
	elseif roll <= 19 then
		return wrk.format("GET", "/")
	elseif roll <= 46 then
		return wrk.format("GET", "/board?page=" .. math.random(pages))
	elseif roll <= 78 then
		return wrk.format("GET", "/board/" .. math.random(posts))
	else
		return wrk.format("GET", "/review/" .. math.random(reviews))
	end
end

function done(summary, latency, requests)
	report(summary, latency, requests)
	local seen = {}
	for _, thread in ipairs(threads) do
		local tally = thread:get("failures")
		for status, count in pairs(tally) do
			seen[status] = (seen[status] or 0) + count
		end
	end
	local parts = {}
	for status, count in pairs(seen) do
		parts[#parts + 1] = status .. "x" .. count
	end
	io.write("BENCH_FAILURES " .. table.concat(parts, " ") .. "\n")
end
