class SessionsController < ApplicationController
  skip_before_action :require_login, only: %i[new create]

  def new
    @return_to = params[:return_to]
  end

  def create
    user = User.authenticate_by(email: params[:email], password: params[:password])

    if user
      reset_session
      session[:user_id] = user.id
      # docs.* and community.* now bounce people through this login page and
      # pass their own absolute URL back in return_to.
      redirect_to after_login_target, allow_other_host: true
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

  def after_login_target
    params[:return_to].presence || dashboard_path
  end
end
