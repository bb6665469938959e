# frozen_string_literal: true

module Webhooks
  class GithubController < ActionController::Base
    # GitHub can't send a CSRF token. Requests here carry no session; each one
    # is authenticated by the X-Hub-Signature-256 HMAC checked below.
    skip_forgery_protection

    before_action :verify_signature!

    def create
      case request.headers["X-GitHub-Event"]
      when "push"
        RepoSyncJob.perform_later(payload.dig("repository", "full_name"), payload["after"])
      when "installation"
        InstallationSyncJob.perform_later(payload.dig("installation", "id"))
      end

      head :accepted
    end

    private

    def payload
      @payload ||= JSON.parse(request.raw_post)
    end

    def verify_signature!
      secret = Rails.application.credentials.dig(:github, :webhook_secret)
      return head(:service_unavailable) if secret.blank?

      expected = "sha256=" + OpenSSL::HMAC.hexdigest("SHA256", secret, request.raw_post)
      given = request.headers["X-Hub-Signature-256"].to_s

      head :unauthorized unless ActiveSupport::SecurityUtils.secure_compare(expected, given)
    end
  end
end
