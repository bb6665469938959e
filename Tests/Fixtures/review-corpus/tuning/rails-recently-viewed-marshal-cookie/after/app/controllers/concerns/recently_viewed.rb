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
    # Shared with the storefront subdomains, which don't have our secret_key_base.
    cookies[:rv] = {
      value: Base64.urlsafe_encode64(Marshal.dump(ids.first(MAX_ITEMS))),
      domain: :all,
      expires: 30.days
    }
  end

  def recently_viewed_products
    Product.where(id: recently_viewed_ids).index_by(&:id).values_at(*recently_viewed_ids).compact
  end

  private

  def recently_viewed_ids
    raw = cookies[:rv]
    return [] if raw.blank?

    Array(Marshal.load(Base64.urlsafe_decode64(raw)))
  rescue ArgumentError, TypeError
    []
  end
end
