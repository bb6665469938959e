class Admin::ShipmentsController < Admin::BaseController
  PER_PAGE = 50

  before_action :set_shipment, only: %i[show update cancel]

  def index
    scope = Shipment.includes(:carrier, order: :customer)
    scope = scope.where(status: params[:status]) if Shipment.statuses.key?(params[:status])
    scope = scope.where(carrier_id: params[:carrier_id]) if params[:carrier_id].present?
    if params[:q].present?
      scope = scope.joins(order: :customer)
                   .where("shipments.tracking_number ILIKE :q OR customers.email ILIKE :q",
                          q: "%#{Shipment.sanitize_sql_like(params[:q])}%")
    end

    @shipments = scope.order(created_at: :desc).page(params[:page]).per(PER_PAGE)

    respond_to do |format|
      format.html
      format.csv { send_data ShipmentCsv.new(scope).to_csv, filename: "shipments-#{Date.current}.csv" }
    end
  end

  def show
    @events = @shipment.tracking_events.order(occurred_at: :desc)
  end

  def update
    if @shipment.update(shipment_params)
      redirect_to admin_shipment_path(@shipment), notice: "Shipment updated."
    else
      render :show, status: :unprocessable_entity
    end
  end

  def cancel
    Shipments::Cancel.call(@shipment, by: current_admin)
    redirect_to admin_shipments_path, notice: "Shipment #{@shipment.tracking_number} cancelled."
  end

  private

  def set_shipment
    @shipment = Shipment.find(params[:id])
  end

  def shipment_params
    params.require(:shipment).permit(:carrier_id, :tracking_number, :expected_delivery_on, :notes)
  end
end
