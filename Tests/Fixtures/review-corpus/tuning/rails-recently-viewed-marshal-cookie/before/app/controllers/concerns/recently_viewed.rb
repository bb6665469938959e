module RecentlyViewed
  extend ActiveSupport::Concern

  MAX_ITEMS = 12

  included do
    helper_method :recently_viewed_products
  end

  def track_recently_viewed(product)
    ids = recently_viewed_ids
    ids.delete(product.id)
    ids.unshift(product.id)
    cookies.signed[:recently_viewed] = { value: ids.first(MAX_ITEMS), expires: 30.days }
  end

  def recently_viewed_products
    Product.where(id: recently_viewed_ids).index_by(&:id).values_at(*recently_viewed_ids).compact
  end

  private

  def recently_viewed_ids
    Array(cookies.signed[:recently_viewed])
  end
end
