module CurrentCart
  extend ActiveSupport::Concern

  included do
    helper_method :current_cart, :cart_item_count
    after_action :persist_cart, if: -> { @current_cart&.changed? }
  end

  CART_TTL = 30.days

  def current_cart
    @current_cart ||= load_cart
  end

  def cart_item_count
    current_cart.items.sum(&:quantity)
  end

  def reset_cart!
    session.delete(:cart)
    @current_cart = Cart.new
  end

  private

  def load_cart
    data = session[:cart]
    return Cart.new if data.blank?

    cart = Cart.from_h(data)
    if cart.updated_at < CART_TTL.ago
      Rails.logger.info("discarding stale cart for session #{session.id}")
      return Cart.new
    end
    cart.reprice!(current_currency)
    cart
  rescue Cart::InvalidData => e
    Rails.logger.warn("bad cart in session: #{e.message}")
    Cart.new
  end

  def persist_cart
    current_cart.touch
    session[:cart] = current_cart.to_h
  end

  def current_currency
    session[:currency].presence || Money.default_currency.iso_code
  end
end
