module Integrations
  class SlackController < ApplicationController
    skip_before_action :verify_authenticity_token, only: [:commands]
    skip_before_action :authenticate_user!, only: [:commands]
    before_action :verify_slack_signature, only: [:commands]

    def commands
      workspace = SlackWorkspace.find_by!(team_id: params[:team_id])
      reply = SlashCommandRouter.new(workspace, params[:command], params[:text], params[:user_id]).call
      render json: reply
    end

    private

    def verify_slack_signature
      timestamp = request.headers["X-Slack-Request-Timestamp"].to_i
      return head(:unauthorized) if (Time.now.to_i - timestamp).abs > 300

      basestring = "v0:#{timestamp}:#{request.raw_post}"
      expected = "v0=" + OpenSSL::HMAC.hexdigest("SHA256", signing_secret, basestring)
      provided = request.headers["X-Slack-Signature"].to_s
      head :unauthorized unless ActiveSupport::SecurityUtils.secure_compare(expected, provided)
    end

    def signing_secret
      Rails.application.credentials.dig(:slack, :signing_secret)
    end
  end
end
