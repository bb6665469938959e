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
    cookies[COOKIE] = {
      value: Base64.urlsafe_encode64(Marshal.dump(cart.line_items_snapshot)),
      expires: 30.days,
      httponly: true,
    }
  end

  private

  def load_guest_cart
    raw = cookies[COOKIE]
    return if raw.blank?

    items = Marshal.load(Base64.urlsafe_decode64(raw))
    Cart.from_snapshot(items)
  rescue ArgumentError, TypeError
    cookies.delete(COOKIE)
    nil
  end
end