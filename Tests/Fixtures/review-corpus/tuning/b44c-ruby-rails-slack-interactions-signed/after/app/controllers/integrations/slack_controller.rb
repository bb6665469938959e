module Integrations
  class SlackController < ApplicationController
    SLACK_ACTIONS = %i[commands interactions].freeze

    skip_before_action :verify_authenticity_token, only: SLACK_ACTIONS
    skip_before_action :authenticate_user!, only: SLACK_ACTIONS
    before_action :verify_slack_signature, only: SLACK_ACTIONS

    def commands
      workspace = SlackWorkspace.find_by!(team_id: params[:team_id])
      reply = SlashCommandRouter.new(workspace, params[:command], params[:text], params[:user_id]).call
      render json: reply
    end

    # Button clicks / modal submissions from the approval messages.
    def interactions
      payload = JSON.parse(params.require(:payload))
      workspace = SlackWorkspace.find_by!(team_id: payload.dig("team", "id"))
      InteractionHandler.new(workspace, payload).call
      head :ok
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
