class ApplicationController < ActionController::Base
  include Pundit::Authorization

  protect_from_forgery with: :exception
  before_action :authenticate_user!
  before_action :set_sentry_user

  helper_method :current_user, :signed_in?

  rescue_from Pundit::NotAuthorizedError, with: :forbidden

  private

  def current_user
    return @current_user if defined?(@current_user)

    @current_user = session[:user_id] && User.active.find_by(id: session[:user_id])
  end

  def signed_in?
    current_user.present?
  end

  def authenticate_user!
    return if signed_in?

    session[:return_to] = request.fullpath if request.get?
    redirect_to new_session_path, alert: "Please sign in to continue."
  end

  def set_sentry_user
    Sentry.set_user(id: current_user&.id)
  end

  def forbidden
    respond_to do |format|
      format.html { redirect_back fallback_location: root_path, alert: "You can't do that." }
      format.json { head :forbidden }
    end
  end
end
