class SessionsController < ApplicationController
  skip_before_action :require_login, only: %i[new create]
  rate_limit to: 10, within: 3.minutes, only: :create

  def new
    session[:return_to] = params[:return_to] if params[:return_to].present?
  end

  def create
    user = User.find_by(email: params[:email].to_s.strip.downcase)

    if user&.authenticate(params[:password])
      target = post_login_target
      reset_session
      session[:user_id] = user.id
      user.touch(:last_signed_in_at)
      redirect_to target, notice: "Welcome back, #{user.first_name}!"
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

  def post_login_target
    url_from(params[:return_to]) || url_from(session.delete(:return_to)) || dashboard_path
  end
end
