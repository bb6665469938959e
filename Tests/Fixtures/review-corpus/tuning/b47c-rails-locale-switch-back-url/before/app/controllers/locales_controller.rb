class LocalesController < ApplicationController
  skip_before_action :authenticate_user!

  SUPPORTED = I18n.available_locales.map(&:to_s).freeze

  def update
    locale = params[:locale].to_s
    locale = I18n.default_locale.to_s unless SUPPORTED.include?(locale)

    cookies.permanent[:locale] = { value: locale, same_site: :lax }
    current_user&.update_column(:locale, locale)

    redirect_to root_path, notice: t(".changed")
  end
end
