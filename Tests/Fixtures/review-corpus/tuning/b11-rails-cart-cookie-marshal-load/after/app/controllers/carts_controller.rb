require "base64"

class CartsController < ApplicationController
  skip_before_action :authenticate_user!

  def show
    @cart = current_cart
    @items = @cart.items.includes(:product)
  end

  def add
    product = Product.available.find(params.require(:product_id))
    current_cart.add(product, quantity: params.fetch(:quantity, 1).to_i.clamp(1, 20))
    cookies.permanent[:cart] = Base64.urlsafe_encode64(Marshal.dump(current_cart))
    redirect_to cart_path, notice: t(".added", name: product.name)
  end

  private

  # Keep guest carts client-side so we stop writing a row per visitor.
  def current_cart
    @current_cart ||= begin
      if cookies[:cart].present?
        Marshal.load(Base64.urlsafe_decode64(cookies[:cart]))
      else
        Cart.new
      end
    end
  end
end