class ApplicationController < ActionController::Base
  include Pundit::Authorization

  before_action :authenticate_user!
  before_action :set_locale
  after_action :verify_authorized, except: :index, unless: :devise_controller?

  rescue_from Pundit::NotAuthorizedError, with: :forbidden

  private

  def set_locale
    I18n.locale = current_user&.locale.presence || I18n.default_locale
  end

  def forbidden
    respond_to do |format|
      format.html { redirect_back fallback_location: root_path, alert: t("errors.forbidden") }
      format.json { head :forbidden }
    end
  end
end