class SessionsController < ApplicationController
  skip_before_action :authenticate_user!, only: %i[new create]
  rate_limit to: 10, within: 3.minutes, only: :create, with: -> { redirect_to new_session_path, alert: "Try again later." }

  layout "auth"

  # The docs site and the community forum send people here to sign in and
  # expect them to come back afterwards.
  RETURN_HOSTS = %w[app.fieldnote.io docs.fieldnote.io community.fieldnote.io].freeze

  def new
    @return_to = params[:return_to]
  end

  def create
    user = User.active.find_by(email: params[:email].to_s.downcase)
    if user&.authenticate(params[:password])
      return_to = session.delete(:return_to)
      reset_session
      session[:user_id] = user.id
      user.touch(:last_signed_in_at)
      target = external_return_to || return_to || root_path
      redirect_to target, allow_other_host: true, notice: "Welcome back, #{user.first_name}."
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

  private

  def external_return_to
    raw = params[:return_to].to_s
    return if raw.empty?

    uri = URI.parse(raw)
    return unless uri.is_a?(URI::HTTPS) && RETURN_HOSTS.include?(uri.host) && uri.userinfo.nil?

    uri.to_s
  rescue URI::InvalidURIError
    nil
  end
end
