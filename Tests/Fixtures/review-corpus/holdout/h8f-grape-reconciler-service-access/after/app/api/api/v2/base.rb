module API
  module V2
    class Base < Grape::API
      version "v2", using: :path
      format :json
      prefix :api

      helpers do
        def current_account
          @current_account ||=
            if internal_request?
              Account.find_by(id: headers["X-Account-Id"])
            else
              ApiToken.active.find_by(token_digest: ApiToken.digest(bearer_token))&.account
            end
        end

        # The reconciler runs inside the cluster and has no API token of its own.
        def internal_request?
          headers["X-Internal-Service"] == "reconciler"
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
