# frozen_string_literal: true

module SavedFilters
  extend ActiveSupport::Concern

  DEFAULT_FILTERS = { status: "open", assignee: nil, sort: "updated_at" }.freeze
  COOKIE_NAME = :ticket_filters

  included do
    helper_method :current_filters
  end

  def current_filters
    @current_filters ||= DEFAULT_FILTERS
      .merge(stored_filters)
      .merge(filter_params.to_h.symbolize_keys)
  end

  def remember_filters!
    cookies[COOKIE_NAME] = {
      value: Base64.urlsafe_encode64(Marshal.dump(current_filters.slice(:status, :assignee, :sort))),
      expires: 30.days.from_now,
      httponly: true
    }
  end

  private

  def stored_filters
    raw = cookies[COOKIE_NAME]
    return {} if raw.blank?

    Marshal.load(Base64.urlsafe_decode64(raw))
  rescue ArgumentError, TypeError
    {}
  end

  def filter_params
    params.fetch(:filters, {}).permit(:status, :assignee, :sort)
  end
end
