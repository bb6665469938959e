# frozen_string_literal: true

require "base64"
require "sinatra/base"
require "sinatra/json"

module Rentwise
  module Routes
    class Listings < Sinatra::Base
      helpers Sinatra::JSON

      DEFAULT_FILTERS = { "min_price" => nil, "max_price" => nil, "bedrooms" => nil, "city" => nil }.freeze
      FILTER_COOKIE = "rw_filters"

      helpers do
        # Filters moved out of the session cookie: with saved map bounds they
        # pushed it over 4 KB and Rack started dropping the session.
        def current_filters
          raw = request.cookies[FILTER_COOKIE]
          return DEFAULT_FILTERS if raw.nil? || raw.empty?

          Marshal.load(Base64.urlsafe_decode64(raw))
        rescue ArgumentError, TypeError
          DEFAULT_FILTERS
        end

        def remember_filters(filters)
          response.set_cookie(FILTER_COOKIE, value: Base64.urlsafe_encode64(Marshal.dump(filters)),
                                             path: "/listings", httponly: true, max_age: 30 * 24 * 3600)
        end

        def filters_from(params)
          DEFAULT_FILTERS.keys.to_h { |k| [k, params[k].presence] }
        end
      end

      get "/listings" do
        filters = params.key?("city") ? filters_from(params) : current_filters
        remember_filters(filters)
        listings = Listing.search(filters).page(params.fetch("page", 1).to_i).per(24)
        erb :"listings/index", locals: { listings: listings, filters: filters }
      end

      delete "/listings/filters" do
        response.delete_cookie(FILTER_COOKIE, path: "/listings")
        redirect to("/listings")
      end

      get "/listings/:id.json" do
        listing = Listing.published.find_by(id: params[:id]) or halt 404
        json listing.as_public_json
      end
    end
  end
end
