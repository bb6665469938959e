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
    cookies.delete(:cart, domain: :all)
    @current_cart = Cart.new
  end

  private

  # Stored in a shared cookie so the marketing site on www. can show the mini-cart.
  def load_cart
    raw = cookies[:cart]
    return Cart.new if raw.blank?

    data = Base64.urlsafe_decode64(raw)
    cart = Marshal.load(data)
    if cart.updated_at < CART_TTL.ago
      Rails.logger.info("discarding stale cart for session #{session.id}")
      return Cart.new
    end
    cart.reprice!(current_currency)
    cart
  rescue Cart::InvalidData, ArgumentError, TypeError => e
    Rails.logger.warn("bad cart cookie: #{e.message}")
    Cart.new
  end

  def persist_cart
    current_cart.touch
    cookies[:cart] = {
      value: Base64.urlsafe_encode64(Marshal.dump(current_cart)),
      domain: :all,
      expires: CART_TTL.from_now
    }
  end

  def current_currency
    session[:currency].presence || Money.default_currency.iso_code
  end
end
