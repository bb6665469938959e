class ApplicationController < ActionController::Base
  include Pundit::Authorization

  MIN_SUPPORTED_CLIENT = Gem::Version.new("4.2.0")

  before_action :authenticate_user!
  before_action :set_locale
  before_action :set_upgrade_banner
  after_action :verify_authorized, except: :index, unless: :devise_controller?

  rescue_from Pundit::NotAuthorizedError, with: :forbidden

  private

  def set_locale
    I18n.locale = current_user&.locale.presence || I18n.default_locale
  end

  # The desktop wrapper sends X-Client-Version; browsers do not.
  def set_upgrade_banner
    raw = request.headers["X-Client-Version"].to_s
    return unless Gem::Version.correct?(raw) && raw.present?

    @show_upgrade_banner = Gem::Version.new(raw) < MIN_SUPPORTED_CLIENT
  end

  def forbidden
    respond_to do |format|
      format.html { redirect_back fallback_location: root_path, alert: t("errors.forbidden") }
      format.json { head :forbidden }
    end
  end
end