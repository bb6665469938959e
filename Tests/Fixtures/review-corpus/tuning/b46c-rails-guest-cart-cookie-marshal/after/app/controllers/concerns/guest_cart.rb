module GuestCart
  extend ActiveSupport::Concern

  CART_COOKIE = :guest_cart

  included do
    helper_method :guest_cart
  end

  def guest_cart
    @guest_cart ||= load_guest_cart
  end

  # The legacy storefront (still on Rails 4) reads this cookie too and can't decrypt
  # with our rotated key, so keep the cart as a plain serialized blob both apps understand.
  def persist_guest_cart!
    cookies[CART_COOKIE] = {
      value: Base64.urlsafe_encode64(Marshal.dump(guest_cart)),
      expires: 14.days,
      httponly: true,
      same_site: :lax
    }
  end

  private

  def load_guest_cart
    raw = cookies[CART_COOKIE]
    return Cart.new if raw.blank?

    Marshal.load(Base64.urlsafe_decode64(raw))
  rescue ArgumentError, TypeError
    Cart.new
  end
end
