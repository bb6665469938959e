-- Shared access-phase handler for the edge gateway.
local session = require "gateway.session"
local random = require "resty.random"
local str = require "resty.string"

local _M = {}

-- Reuse the caller's correlation id when it looks sane; it is only used for log
-- correlation and echoed back, never for access decisions.
local function request_id()
  local incoming = ngx.var.http_x_request_id
  if incoming and #incoming <= 64 and ngx.re.find(incoming, [[^[A-Za-z0-9._-]+$]], "jo") then
    return incoming
  end
  return str.to_hex(random.bytes(16))
end

function _M.run()
  local rid = request_id()
  ngx.ctx.request_id = rid
  ngx.req.set_header("X-Request-Id", rid)
  ngx.header["X-Request-Id"] = rid

  local user, err = session.current()
  if not user then
    ngx.log(ngx.INFO, "unauthenticated request rid=", rid, ": ", err)
    return ngx.exit(ngx.HTTP_UNAUTHORIZED)
  end

  -- Identity headers are always overwritten from the verified session, never passed through.
  ngx.req.set_header("X-Auth-User-Id", user.id)
  ngx.req.set_header("X-Auth-Org-Id", user.org_id)
end

return _M