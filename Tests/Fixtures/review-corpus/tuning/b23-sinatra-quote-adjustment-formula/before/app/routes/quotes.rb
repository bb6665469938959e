require "bigdecimal"
require "bigdecimal/util"
require "sinatra/base"
require "sinatra/json"

module Pricing
  class QuotesApp < Sinatra::Base
    helpers Sinatra::JSON

    set :views, File.expand_path("../views", __dir__)

    before do
      halt 401, json(error: "unauthenticated") unless current_user
      halt 403, json(error: "sales role required") unless current_user.role?(:sales)
    end

    helpers do
      def current_user
        @current_user ||= User.find_by_session(session[:uid])
      end

      def line_items_from(params)
        Array(params["items"]).map do |item|
          product = Product.find_by!(sku: item.fetch("sku"))
          qty = Integer(item.fetch("qty", 1))
          halt 422, json(error: "qty must be positive") unless qty.positive?
          { product: product, qty: qty, total: product.unit_price.to_d * qty }
        end
      end

      def discount_for(customer, subtotal)
        tier = customer.tier
        rate = { "gold" => "0.10", "silver" => "0.05" }.fetch(tier, "0").to_d
        (subtotal * rate).round(2)
      end
    end

    post "/quotes" do
      customer = Customer.find_by!(id: params["customer_id"])
      items = line_items_from(params)
      halt 422, json(error: "no items") if items.empty?

      subtotal = items.sum { |i| i[:total] }
      discount = discount_for(customer, subtotal)
      total = subtotal - discount

      quote = Quote.create!(
        customer: customer,
        created_by: current_user,
        items: items.map { |i| { sku: i[:product].sku, qty: i[:qty], total: i[:total].to_s("F") } },
        subtotal: subtotal,
        discount: discount,
        total: total
      )

      status 201
      json(id: quote.id, subtotal: subtotal.to_s("F"), discount: discount.to_s("F"), total: total.to_s("F"))
    end

    get "/quotes/:id" do
      quote = Quote.find_by!(id: params["id"])
      erb :quote, locals: { quote: quote }
    end
  end
end
