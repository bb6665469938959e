require "json"
require "base64"

module Storefront
  class CartRoutes < Sinatra::Base
    helpers do
      # Marshal keeps BigDecimal prices and Time reservations intact; JSON was
      # turning them into strings and Cart.from_h had to re-parse everything.
      def current_cart
        raw = request.cookies["cart"]
        return Cart.new if raw.nil? || raw.empty?

        Marshal.load(Base64.urlsafe_decode64(raw))
      rescue ArgumentError, TypeError
        Cart.new
      end

      def save_cart(cart)
        response.set_cookie("cart",
          value: Base64.urlsafe_encode64(Marshal.dump(cart)),
          path: "/", httponly: true, same_site: :lax)
      end
    end

    post "/cart/items" do
      cart = current_cart
      cart.add(params.fetch("sku"), Integer(params.fetch("qty", 1)))
      save_cart(cart)
      redirect "/cart"
    end

    get "/cart" do
      erb :cart, locals: { cart: current_cart }
    end
  end
end
