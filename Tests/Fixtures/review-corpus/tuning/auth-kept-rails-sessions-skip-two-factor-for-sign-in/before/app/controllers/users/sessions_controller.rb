class Users::SessionsController < Devise::SessionsController
  layout "auth"

  def new
    super
  end

  def create
    super do |user|
      AuditLog.record!(user, "signed_in", ip: request.remote_ip)
    end
  end
end