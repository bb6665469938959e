module Api
  class BaseController < ActionController::API
    include ActionController::HttpAuthentication::Token::ControllerMethods

    before_action :authenticate_api_key!
    before_action :enforce_rate_limit!

    rescue_from ActiveRecord::RecordNotFound, with: :render_not_found
    rescue_from ActionController::ParameterMissing, with: :render_bad_request
    rescue_from Pundit::NotAuthorizedError, with: :render_forbidden

    attr_reader :current_api_key

    def current_account
      current_api_key&.account
    end

    private

    def authenticate_api_key!
      @current_api_key = authenticate_with_http_token do |token, _options|
        find_api_key(token)
      end

      if @current_api_key
        @current_api_key.touch(:last_used_at) if @current_api_key.last_used_at.nil? || @current_api_key.last_used_at < 1.hour.ago
        return
      end

      response.headers["WWW-Authenticate"] = %(Bearer realm="api")
      render json: { error: "invalid or missing API key" }, status: :unauthorized
    end

    # Keys look like "ak_<8-char prefix>_<secret>". Only the SHA-256 digest of the full key
    # is stored; the prefix is indexed so we never scan the table.
    def find_api_key(token)
      prefix = token.to_s[/\Aak_([a-z0-9]{8})_/, 1]
      return nil if prefix.nil?

      candidate = ApiKey.active.find_by(prefix: prefix)
      return nil if candidate.nil?

      digest = Digest::SHA256.hexdigest(token)
      candidate if ActiveSupport::SecurityUtils.secure_compare(candidate.token_digest, digest)
    end

    def enforce_rate_limit!
      key = "api:rl:#{current_api_key.id}:#{Time.current.to_i / 60}"
      count = Rails.cache.increment(key, 1, expires_in: 2.minutes) || 1
      response.headers["X-RateLimit-Limit"] = current_api_key.rate_limit.to_s
      response.headers["X-RateLimit-Remaining"] = [current_api_key.rate_limit - count, 0].max.to_s
      return if count <= current_api_key.rate_limit

      render json: { error: "rate limit exceeded" }, status: :too_many_requests
    end

    def pundit_user
      current_api_key
    end

    def render_not_found(_error)
      render json: { error: "not found" }, status: :not_found
    end

    def render_bad_request(error)
      render json: { error: error.message }, status: :bad_request
    end

    def render_forbidden(_error)
      render json: { error: "forbidden" }, status: :forbidden
    end
  end
end
