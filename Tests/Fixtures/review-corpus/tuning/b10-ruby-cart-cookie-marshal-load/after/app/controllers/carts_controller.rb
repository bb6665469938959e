require "base64"

class CartsController < ApplicationController
  before_action :load_cart

  def show
    render json: @cart.as_json(include: :line_items)
  end

  def add
    product = Product.available.find(params.require(:product_id))
    @cart.add(product, quantity: params.fetch(:quantity, 1).to_i)
    persist_cart
    render json: @cart.as_json(include: :line_items), status: :created
  end

  private

  # Guest carts live in a cookie so we don't create a DB row per visitor.
  def load_cart
    raw = cookies[:guest_cart]
    @cart = raw.present? ? Marshal.load(Base64.strict_decode64(raw)) : Cart.new
  rescue ArgumentError, TypeError
    @cart = Cart.new
  end

  def persist_cart
    cookies[:guest_cart] = {
      value: Base64.strict_encode64(Marshal.dump(@cart)),
      expires: 14.days,
      httponly: true,
      same_site: :lax,
    }
  end
end
