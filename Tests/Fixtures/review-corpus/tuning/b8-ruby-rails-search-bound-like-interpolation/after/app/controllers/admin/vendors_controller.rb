module Admin
  class VendorsController < Admin::BaseController
    def index
      scope = Vendor.includes(:contacts).order(:name)
      if params[:q].present?
        term = "%#{Vendor.sanitize_sql_like(params[:q].strip)}%"
        scope = scope.where("vendors.name ILIKE :term OR vendors.tax_id ILIKE :term", term: term)
      end
      @vendors = scope.page(params[:page]).per(50)
    end

    def show
      @vendor = Vendor.find(params[:id])
    end
  end
end