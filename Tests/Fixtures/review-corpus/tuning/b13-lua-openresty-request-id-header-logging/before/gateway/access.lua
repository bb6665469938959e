-- Shared access-phase handler for the edge gateway.
local session = require "gateway.session"

local _M = {}

function _M.run()
  local user, err = session.current()
  if not user then
    ngx.log(ngx.INFO, "unauthenticated request: ", err)
    return ngx.exit(ngx.HTTP_UNAUTHORIZED)
  end

  ngx.req.set_header("X-Auth-User-Id", user.id)
  ngx.req.set_header("X-Auth-Org-Id", user.org_id)
end

return _M