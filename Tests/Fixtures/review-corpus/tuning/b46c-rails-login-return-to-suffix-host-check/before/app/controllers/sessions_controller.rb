class SessionsController < ApplicationController
  skip_before_action :require_login, only: %i[new create]

  def new
    session[:return_to] = safe_return_path(params[:return_to])
  end

  def create
    user = User.authenticate_by(email: params[:email], password: params[:password])

    if user
      return_to = session.delete(:return_to)
      reset_session
      session[:user_id] = user.id
      redirect_to(return_to || dashboard_path, notice: "Signed in")
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
    uri.host.nil? && value.start_with?("/") && !value.start_with?("//") ? value : nil
  rescue URI::InvalidURIError
    nil
  end
end
