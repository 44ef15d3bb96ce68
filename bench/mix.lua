-- wrk script: a mixed read workload over the imported catalogue (half films by id, then listings, title pages
-- and a filmography), for the soak. With MIX_RATE set (req/s over the whole run, wrk -t2) each thread paces its
-- connections to its share of that rate; otherwise it runs flat out (the maximum the soak starts from).
local films = tonumber(os.getenv("MIX_FILMS") or "100000")
local person = os.getenv("MIX_PERSON") or "nm0000001"
local rate = tonumber(os.getenv("MIX_RATE") or "0")
local threads = 2

local n = 0
function request()
  n = n + 1
  local k = n % 10
  local path
  if k < 5 then
    path = string.format("/api/v1/films/tt%07d", math.random(1, films))
  elseif k < 7 then
    path = "/api/v1/films?size=20"
  elseif k < 8 then
    path = "/api/v1/films/tt8000001?include=cast,crew,trivia"
  elseif k < 9 then
    path = "/api/v1/people/" .. person .. "/credits"
  else
    path = string.format("/api/v1/films/tt%07d?include=all", math.random(1, films))
  end
  return wrk.format("GET", path)
end

if rate > 0 then
  local ffi = require("ffi")
  ffi.cdef [[
    typedef struct { long tv_sec; long tv_nsec; } bench_timespec;
    int clock_gettime(int clock, bench_timespec *ts);
  ]]
  local ts = ffi.new("bench_timespec")
  local function now_ms()
    ffi.C.clock_gettime(1, ts) -- CLOCK_MONOTONIC
    return tonumber(ts.tv_sec) * 1000 + tonumber(ts.tv_nsec) / 1e6
  end
  local interval = 1000 * threads / rate
  local next_slot = nil
  -- Every request of this thread takes the next free slot, one every `interval` ms: the thread's connections
  -- share one schedule, so the rate holds whatever the latency (as long as connections are free).
  function delay()
    local t = now_ms()
    if next_slot == nil or next_slot < t - 1000 then
      next_slot = t
    end
    local slot = math.max(next_slot, t)
    next_slot = slot + interval
    return slot - t
  end
end
