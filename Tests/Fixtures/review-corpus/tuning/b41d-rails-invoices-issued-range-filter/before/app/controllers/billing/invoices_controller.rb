module Billing
  class InvoicesController < ApplicationController
    before_action :authenticate_user!
    before_action :load_account

    PER_PAGE = 50

    def index
      @invoices = @account.invoices
                          .includes(:line_items)
                          .order(issued_on: :desc)
                          .page(params[:page]).per(PER_PAGE)

      @invoices = @invoices.where(status: params[:status]) if params[:status].present?

      respond_to do |format|
        format.html
        format.csv do
          send_data InvoiceCsv.new(@invoices).to_csv,
                    filename: "invoices-#{Date.current}.csv"
        end
      end
    end

    def show
      @invoice = @account.invoices.find(params[:id])
    end

    private

    def load_account
      @account = current_user.accounts.find(params[:account_id])
    end
  end
end
