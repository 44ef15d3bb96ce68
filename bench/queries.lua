-- wrk script: GETs the request paths listed in the file named by QUERIES (one a line, written by bench/queries.py),
-- round robin, each thread starting at its own place in the list, so that every query is sent about as often.
local paths = {}
for line in io.lines(os.getenv("QUERIES")) do
  if #line > 0 then
    paths[#paths + 1] = line
  end
end

local threads = 0
function setup(thread)
  threads = threads + 1
  thread:set("start", threads * 7919)
end

local i = 0
function init(args)
  i = start or 0
end

function request()
  i = i % #paths + 1
  return wrk.format("GET", paths[i])
end
