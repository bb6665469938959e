class SessionsController < ApplicationController
  skip_before_action :require_login, only: %i[new create]

  SAFE_RETURN_PATHS = %w[/dashboard /billing /reports /settings/profile].freeze

  def new
  end

  def create
    user = User.find_by(email: params[:email].to_s.downcase)
    if user&.authenticate(params[:password])
      reset_session
      session[:user_id] = user.id
      redirect_to after_login_path, notice: "Signed in."
    else
      flash.now[:alert] = "Invalid email or password."
      render :new, status: :unprocessable_entity
    end
  end

  def destroy
    reset_session
    redirect_to root_path, notice: "Signed out."
  end

  private

  def after_login_path
    candidate = params[:return_to].to_s
    SAFE_RETURN_PATHS.include?(candidate) ? candidate : dashboard_path
  end
end
