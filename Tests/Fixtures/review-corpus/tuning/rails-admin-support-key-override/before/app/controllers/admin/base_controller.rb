module Admin
  class BaseController < ApplicationController
    layout "admin"
    before_action :authenticate_user!
    before_action :require_admin!

    helper_method :impersonating?

    private

    def require_admin!
      return if current_user&.admin?

      redirect_to root_path, alert: t("admin.not_authorized")
    end

    def impersonating?
      session[:impersonator_id].present?
    end
  end
end