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
    raw = cookies.signed[COOKIE]
    return nil if raw.blank?

    Cart.from_h(JSON.parse(raw))
  rescue JSON::ParserError
    nil
  end
end
