# frozen_string_literal: true

module SavedFilters
  extend ActiveSupport::Concern

  DEFAULT_FILTERS = { status: "open", assignee: nil, sort: "updated_at" }.freeze

  included do
    helper_method :current_filters
  end

  def current_filters
    @current_filters ||= DEFAULT_FILTERS.merge(filter_params.to_h.symbolize_keys)
  end

  def remember_filters!
    session[:ticket_filters] = current_filters.slice(:status, :assignee, :sort)
  end

  private

  def filter_params
    params.fetch(:filters, {}).permit(:status, :assignee, :sort)
  end
end
