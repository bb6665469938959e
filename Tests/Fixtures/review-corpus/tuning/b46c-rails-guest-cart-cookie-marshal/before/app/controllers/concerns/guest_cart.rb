module GuestCart
  extend ActiveSupport::Concern

  CART_COOKIE = :guest_cart

  included do
    helper_method :guest_cart
  end

  def guest_cart
    @guest_cart ||= load_guest_cart
  end

  def persist_guest_cart!
    cookies.encrypted[CART_COOKIE] = {
      value: guest_cart.to_h,
      expires: 14.days,
      httponly: true,
      same_site: :lax
    }
  end

  private

  def load_guest_cart
    data = cookies.encrypted[CART_COOKIE]
    Cart.from_h(data.is_a?(Hash) ? data : {})
  end
end
