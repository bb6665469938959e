module Api
  module V1
    class InvoicesController < Api::BaseController
      before_action :set_invoice, only: %i[show update pdf]

      def index
        invoices = current_account.invoices.order(issued_on: :desc).page(params[:page])
        render json: InvoiceSerializer.new(invoices).serializable_hash
      end

      def show
        render json: InvoiceSerializer.new(@invoice).serializable_hash
      end

      def update
        if @invoice.update(invoice_params)
          render json: InvoiceSerializer.new(@invoice).serializable_hash
        else
          render json: { errors: @invoice.errors }, status: :unprocessable_entity
        end
      end

      def pdf
        send_data InvoicePdf.new(@invoice).render, filename: "#{@invoice.number}.pdf", type: "application/pdf"
      end

      private

      # Accept the numeric id or the human invoice number (INV-2024-0042) so links from the
      # emailed PDF resolve.
      def set_invoice
        @invoice = Invoice.find_by(number: params[:id]) || Invoice.find(params[:id])
      end

      def invoice_params
        params.require(:invoice).permit(:due_on, :notes, :po_number)
      end
    end
  end
end
