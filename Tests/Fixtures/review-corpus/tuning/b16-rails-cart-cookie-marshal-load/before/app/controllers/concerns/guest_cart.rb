module GuestCart
  extend ActiveSupport::Concern

  COOKIE = :guest_cart

  included do
    helper_method :current_cart
  end

  def current_cart
    @current_cart ||= load_guest_cart || Cart.new
  end

  def save_guest_cart(cart)
    cookies.encrypted[COOKIE] = {
      value: cart.line_items_snapshot.to_json,
      expires: 30.days,
      httponly: true,
    }
  end

  private

  def load_guest_cart
    raw = cookies[COOKIE]
    return if raw.blank?

    items = JSON.parse(cookies.encrypted[COOKIE])
    Cart.from_snapshot(items)
  rescue JSON::ParserError
    cookies.delete(COOKIE)
    nil
  end
end