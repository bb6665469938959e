class GuestCartsController < ApplicationController
  def show
    render json: { items: [] }
  end
end
