module API
  module V2
    class Base < Grape::API
      version "v2", using: :path
      format :json
      prefix :api

      helpers do
        def current_account
          @current_account ||= ApiToken.active.find_by(token_digest: ApiToken.digest(bearer_token))&.account
        end

        def bearer_token
          headers["Authorization"].to_s.delete_prefix("Bearer ").strip
        end

        def authenticate!
          error!({ error: "unauthorized" }, 401) unless current_account
        end
      end

      before do
        authenticate!
      end

      mount API::V2::Invoices
      mount API::V2::Customers
      mount API::V2::Payouts
    end
  end
end
