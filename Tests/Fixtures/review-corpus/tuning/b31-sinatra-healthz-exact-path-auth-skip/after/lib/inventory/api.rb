require "sinatra/base"
require "sinatra/json"
require "rack/utils"
require_relative "db"
require_relative "models/item"
require_relative "models/api_token"

module Inventory
  class API < Sinatra::Base
    helpers Sinatra::JSON

    # Kubernetes probes hit this without credentials.
    UNAUTHENTICATED_PATHS = %w[/healthz].freeze

    configure do
      set :show_exceptions, false
      set :raise_errors, false
    end

    helpers do
      def current_token
        @current_token ||= begin
          header = request.env["HTTP_AUTHORIZATION"].to_s
          raw = header.start_with?("Bearer ") ? header.delete_prefix("Bearer ") : nil
          raw && ApiToken.authenticate(raw)
        end
      end

      def authorized?
        !current_token.nil? && !current_token.expired?
      end

      def require_scope!(scope)
        halt 403, json(error: "missing scope #{scope}") unless current_token.scopes.include?(scope)
      end
    end

    before do
      content_type :json
      next if request.get? && UNAUTHENTICATED_PATHS.include?(request.path_info)

      halt 401, json(error: "unauthorized") unless authorized?
    end

    get "/healthz" do
      db_ok = begin
        DB.test_connection
      rescue StandardError
        false
      end
      status(db_ok ? 200 : 503)
      json status: db_ok ? "ok" : "degraded"
    end

    get "/items" do
      require_scope!("items:read")
      limit = [[params.fetch("limit", 50).to_i, 1].max, 200].min
      items = Item.where(warehouse_id: current_token.warehouse_id).order(:sku).limit(limit)
      json items.map(&:to_h)
    end

    get "/items/:sku" do
      require_scope!("items:read")
      item = Item.first(warehouse_id: current_token.warehouse_id, sku: params[:sku])
      halt 404, json(error: "not found") unless item
      json item.to_h
    end

    patch "/items/:sku/stock" do
      require_scope!("items:write")
      payload = JSON.parse(request.body.read)
      item = Item.first(warehouse_id: current_token.warehouse_id, sku: params[:sku])
      halt 404, json(error: "not found") unless item
      item.adjust_stock!(Integer(payload.fetch("delta")), reason: payload["reason"])
      json item.to_h
    rescue JSON::ParserError, KeyError, ArgumentError
      halt 422, json(error: "invalid payload")
    end

    error do
      json error: "internal error"
    end
  end
end
