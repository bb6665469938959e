# frozen_string_literal: true

require "sinatra/base"
require "sinatra/json"
require_relative "../stats/store_stats"
require_relative "../auth/api_key"

module Storefront
  class MetricsApi < Sinatra::Base
    helpers Sinatra::JSON

    # Every name here is a public method on Stats::StoreStats taking a date range.
    METRICS = %w[
      revenue
      orders
      average_order_value
      refund_rate
      new_customers
      repeat_purchase_rate
    ].freeze

    configure do
      set :show_exceptions, false
      set :raise_errors, false
    end

    before do
      content_type :json
      @shop = Auth::ApiKey.authenticate!(request.env["HTTP_AUTHORIZATION"])
      halt 401, json(error: "unauthorized") unless @shop
    end

    helpers do
      def date_range
        from = Date.iso8601(params.fetch("from", (Date.today - 30).iso8601))
        to = Date.iso8601(params.fetch("to", Date.today.iso8601))
        halt 422, json(error: "range too long") if (to - from) > 366
        from..to
      rescue Date::Error
        halt 422, json(error: "invalid date")
      end

      def stats
        @stats ||= Stats::StoreStats.new(shop_id: @shop.id)
      end
    end

    get "/v1/metrics/:name" do
      range = date_range

      name = params[:name]
      halt 404, json(error: "unknown metric") unless METRICS.include?(name)

      value = stats.public_send(name, range)

      json(metric: name, from: range.first, to: range.last, value: value)
    end

    get "/v1/metrics" do
      json(metrics: METRICS)
    end

    error do
      json(error: "internal error")
    end
  end
end
