class SessionsController < ApplicationController
  skip_before_action :authenticate_user!, only: %i[new create]
  rate_limit to: 10, within: 3.minutes, only: :create, with: -> { redirect_to new_session_path, alert: "Try again later." }

  layout "auth"

  def new
    @return_to = params[:return_to]
  end

  def create
    user = User.active.find_by(email: params[:email].to_s.downcase)
    if user&.authenticate(params[:password])
      reset_session
      session[:user_id] = user.id
      user.touch(:last_signed_in_at)
      redirect_to session.delete(:return_to) || root_path, notice: "Welcome back, #{user.first_name}."
    else
      Rails.logger.info("[auth] failed sign-in for #{params[:email].inspect}")
      flash.now[:alert] = "Email or password is incorrect."
      render :new, status: :unprocessable_entity
    end
  end

  def destroy
    reset_session
    redirect_to new_session_path, notice: "Signed out."
  end
end
