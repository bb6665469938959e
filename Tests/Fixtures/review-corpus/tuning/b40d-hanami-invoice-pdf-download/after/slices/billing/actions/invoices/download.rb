# frozen_string_literal: true

module Billing
  module Actions
    module Invoices
      # GET /billing/invoices/:id/pdf
      # Billing::Action runs `before :require_account!`, which sets request.env["billing.account"].
      class Download < Billing::Action
        include Deps["repos.invoice_repo", "settings"]

        params do
          required(:id).filled(:integer)
        end

        def handle(request, response)
          halt 422 unless request.params.valid?

          account = request.env["billing.account"]
          invoice = invoice_repo.find_for_account(account.id, request.params[:id])
          halt 404 unless invoice

          path = pdf_path(account.id, invoice.number)
          halt 404 unless path && File.file?(path)

          response.headers["Content-Disposition"] = %(attachment; filename="invoice-#{invoice.number}.pdf")
          # unsafe_send_file because the PDFs live outside public/; the path is built from
          # the account id and our own invoice number, then checked against the root.
          response.unsafe_send_file(path)
        end

        private

        def pdf_path(account_id, number)
          root = File.realpath(settings.invoice_pdf_dir)
          candidate = File.expand_path(File.join(account_id.to_s, "#{number}.pdf"), root)
          candidate.start_with?(root + File::SEPARATOR) ? candidate : nil
        end
      end
    end
  end
end
