require "json"
require "base64"

module Storefront
  class CartRoutes < Sinatra::Base
    helpers do
      def current_cart
        raw = request.cookies["cart"]
        return Cart.new if raw.nil? || raw.empty?

        data = JSON.parse(Base64.urlsafe_decode64(raw))
        Cart.from_h(data)
      rescue ArgumentError, JSON::ParserError
        Cart.new
      end

      def save_cart(cart)
        response.set_cookie("cart",
          value: Base64.urlsafe_encode64(JSON.generate(cart.to_h)),
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
