module Admin
  class VendorsController < Admin::BaseController
    def index
      scope = Vendor.includes(:contacts).order(:name)
      scope = scope.where(name: params[:q]) if params[:q].present?
      @vendors = scope.page(params[:page]).per(50)
    end

    def show
      @vendor = Vendor.find(params[:id])
    end
  end
end