class SessionsController < ApplicationController
  skip_before_action :require_login, only: %i[new create]

  def new
    @return_to = safe_return_path(params[:return_to])
  end

  def create
    user = User.authenticate_by(email: params[:email], password: params[:password])

    if user
      reset_session
      session[:user_id] = user.id
      redirect_to safe_return_path(params[:return_to]) || dashboard_path
    else
      flash.now[:alert] = "Invalid email or password"
      render :new, status: :unprocessable_entity
    end
  end

  def destroy
    reset_session
    redirect_to root_path, notice: "Signed out"
  end

  private

  def safe_return_path(value)
    return if value.blank?

    uri = URI.parse(value)
    value if uri.host.nil? && uri.scheme.nil? && value.start_with?("/") && !value.start_with?("//")
  rescue URI::InvalidURIError
    nil
  end
end
