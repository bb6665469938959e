# frozen_string_literal: true

require "base64"
require "sinatra/base"
require "json"

require_relative "../models/product"

module Storefront
  class CartApp < Sinatra::Base
    CART_COOKIE = "sf_cart"

    Line = Struct.new(:sku, :quantity, :unit_price_cents)

    helpers do
      # The cart is kept client-side so anonymous shoppers do not create
      # server sessions. Only SKU and quantity are stored; prices are always
      # re-read from the catalogue.
      def load_cart
        raw = request.cookies[CART_COOKIE]
        return [] if raw.nil? || raw.empty?

        JSON.parse(Base64.urlsafe_decode64(raw)).filter_map do |item|
          product = Product.find_by_sku(item["sku"].to_s)
          next unless product

          Line.new(product.sku, Integer(item["quantity"]).clamp(1, 99), product.price_cents)
        end
      rescue ArgumentError, TypeError, JSON::ParserError
        []
      end

      def save_cart(lines)
        response.set_cookie(
          CART_COOKIE,
          value: Base64.urlsafe_encode64(lines.map { |l| { sku: l.sku, quantity: l.quantity } }.to_json),
          path: "/",
          httponly: true,
          same_site: :lax,
          max_age: 7 * 24 * 3600
        )
      end

      def cart_json(lines)
        {
          lines: lines.map(&:to_h),
          total_cents: lines.sum { |l| l.quantity * l.unit_price_cents }
        }.to_json
      end
    end

    get "/cart" do
      content_type :json
      cart_json(load_cart)
    end

    post "/cart/lines" do
      content_type :json
      payload = JSON.parse(request.body.read)
      product = Product.find_by_sku(payload.fetch("sku")) or halt 404, { error: "unknown sku" }.to_json
      qty = Integer(payload.fetch("quantity", 1)).clamp(1, 99)

      lines = load_cart.reject { |l| l.sku == product.sku }
      lines << Line.new(product.sku, qty, product.price_cents)
      save_cart(lines)
      cart_json(lines)
    end

    delete "/cart/lines/:sku" do
      content_type :json
      lines = load_cart.reject { |l| l.sku == params[:sku] }
      save_cart(lines)
      cart_json(lines)
    end
  end
end