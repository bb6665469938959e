class CartsController < ApplicationController
  skip_before_action :authenticate_user!

  def show
    @cart = current_cart
    @items = @cart.items.includes(:product)
  end

  def add
    product = Product.available.find(params.require(:product_id))
    current_cart.add(product, quantity: params.fetch(:quantity, 1).to_i.clamp(1, 20))
    redirect_to cart_path, notice: t(".added", name: product.name)
  end

  private

  def current_cart
    @current_cart ||= begin
      cart = Cart.find_by(id: cookies.signed[:cart_id]) if cookies.signed[:cart_id]
      cart ||= Cart.create!
      cookies.signed.permanent[:cart_id] = cart.id
      cart
    end
  end
end