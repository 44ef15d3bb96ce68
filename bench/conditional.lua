-- wrk script: a conditional GET. Sends If-None-Match with the ETag in the environment variable ETAG and counts
-- every answer other than 304 Not Modified, printed as "Not 304: N" for bench/run.sh to add to the errors:
-- wrk itself counts only statuses from 400 on, so a 200 (a page built in full) would pass unnoticed.
wrk.headers["If-None-Match"] = os.getenv("ETAG")

local threads = {}
function setup(thread)
  table.insert(threads, thread)
end

function init(args)
  not_304 = 0
end

function response(status, headers, body)
  if status ~= 304 then
    not_304 = not_304 + 1
  end
end

function done(summary, latency, requests)
  local n = 0
  for _, thread in ipairs(threads) do
    n = n + thread:get("not_304")
  end
  io.write(string.format("Not 304: %d\n", n))
end
