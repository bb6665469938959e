class CartsController < ApplicationController
  before_action :load_cart

  def show
    render json: @cart.as_json(include: :line_items)
  end

  def add
    product = Product.available.find(params.require(:product_id))
    @cart.add(product, quantity: params.fetch(:quantity, 1).to_i)
    @cart.save!
    render json: @cart.as_json(include: :line_items), status: :created
  end

  private

  def load_cart
    @cart = Cart.find_or_create_by!(session_token: session[:cart_token] ||= SecureRandom.hex(16))
  end
end
