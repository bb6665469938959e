-- /_diag/resolve?host=... : lets the on-call engineer check what the edge resolves.
local cjson = require "cjson.safe"

local _M = {}

local function trim(s)
  return (s:gsub("^%s+", ""):gsub("%s+$", ""))
end

function _M.resolve()
  local args = ngx.req.get_uri_args()
  local host = args.host
  if not host or host == "" then
    ngx.status = ngx.HTTP_BAD_REQUEST
    ngx.say(cjson.encode({ error = "host is required" }))
    return ngx.exit(ngx.HTTP_BAD_REQUEST)
  end

  local handle = io.popen("dig +short +time=2 " .. host .. " 2>&1")
  local output = handle:read("*a")
  handle:close()

  local answers = {}
  for line in output:gmatch("[^\n]+") do
    answers[#answers + 1] = trim(line)
  end

  ngx.header["Content-Type"] = "application/json"
  ngx.say(cjson.encode({ host = host, answers = answers }))
end

return _M