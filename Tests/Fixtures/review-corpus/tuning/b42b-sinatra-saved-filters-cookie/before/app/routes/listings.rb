# frozen_string_literal: true

require "sinatra/base"
require "sinatra/json"

module Rentwise
  module Routes
    class Listings < Sinatra::Base
      helpers Sinatra::JSON

      DEFAULT_FILTERS = { "min_price" => nil, "max_price" => nil, "bedrooms" => nil, "city" => nil }.freeze

      helpers do
        def current_filters
          session[:filters] || DEFAULT_FILTERS
        end

        def filters_from(params)
          DEFAULT_FILTERS.keys.to_h { |k| [k, params[k].presence] }
        end
      end

      get "/listings" do
        filters = params.key?("city") ? filters_from(params) : current_filters
        session[:filters] = filters
        listings = Listing.search(filters).page(params.fetch("page", 1).to_i).per(24)
        erb :"listings/index", locals: { listings: listings, filters: filters }
      end

      delete "/listings/filters" do
        session.delete(:filters)
        redirect to("/listings")
      end

      get "/listings/:id.json" do
        listing = Listing.published.find_by(id: params[:id]) or halt 404
        json listing.as_public_json
      end
    end
  end
end
