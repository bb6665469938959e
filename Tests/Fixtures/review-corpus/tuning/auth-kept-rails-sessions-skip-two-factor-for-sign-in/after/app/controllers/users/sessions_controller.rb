class Users::SessionsController < Devise::SessionsController
  layout "auth"
  skip_before_action :require_two_factor!, only: %i[new create]

  def new
    super
  end

  def create
    super do |user|
      AuditLog.record!(user, "signed_in", ip: request.remote_ip)
    end
  end
end