module CartPersistence
  extend ActiveSupport::Concern

  COOKIE = :cart_v2

  included do
    helper_method :current_cart
  end

  def current_cart
    @current_cart ||= load_cart || Cart.new
  end

  def persist_cart!
    cookies.permanent.signed[COOKIE] = current_cart.to_h.to_json
  end

  private

  def load_cart
    if (legacy = cookies[:cart])
      # v1 carts were stored as a marshalled Cart; migrate them on first visit
      cookies.delete(:cart)
      return Marshal.load(Base64.decode64(legacy))
    end

    raw = cookies.signed[COOKIE]
    return nil if raw.blank?

    Cart.from_h(JSON.parse(raw))
  rescue JSON::ParserError
    nil
  end
end
