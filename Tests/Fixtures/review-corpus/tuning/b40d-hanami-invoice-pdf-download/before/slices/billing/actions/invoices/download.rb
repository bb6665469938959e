# frozen_string_literal: true

module Billing
  module Actions
    module Invoices
      # GET /billing/invoices/:id/pdf
      # Billing::Action runs `before :require_account!`, which sets request.env["billing.account"].
      class Download < Billing::Action
        include Deps["repos.invoice_repo", "storage.signer"]

        params do
          required(:id).filled(:integer)
        end

        def handle(request, response)
          halt 422 unless request.params.valid?

          account = request.env["billing.account"]
          invoice = invoice_repo.find_for_account(account.id, request.params[:id])
          halt 404 unless invoice

          response.redirect_to signer.presigned_get(invoice.pdf_key, expires_in: 300)
        end
      end
    end
  end
end
