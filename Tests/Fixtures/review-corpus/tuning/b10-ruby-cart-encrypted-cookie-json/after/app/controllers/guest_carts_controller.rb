class GuestCartsController < ApplicationController
  MAX_ITEMS = 50

  def show
    render json: { items: cart_items }
  end

  def add
    product = Product.available.find(params.require(:product_id))
    items = cart_items
    quantity = params.fetch(:quantity, 1).to_i.clamp(1, 99)
    existing = items.find { |i| i["product_id"] == product.id }
    if existing
      existing["quantity"] = (existing["quantity"] + quantity).clamp(1, 99)
    elsif items.size < MAX_ITEMS
      items << { "product_id" => product.id, "quantity" => quantity }
    end
    store_cart(items)
    render json: { items: items }, status: :created
  end

  private

  def cart_items
    raw = cookies.encrypted[:guest_cart]
    return [] if raw.blank?

    parsed = JSON.parse(raw)
    parsed.is_a?(Array) ? parsed.select { |i| i.is_a?(Hash) } : []
  rescue JSON::ParserError
    []
  end

  def store_cart(items)
    cookies.encrypted[:guest_cart] = {
      value: JSON.generate(items),
      expires: 14.days,
      httponly: true,
      same_site: :lax,
    }
  end
end
