# frozen_string_literal: true

module Ledger
  module Actions
    module Exports
      class Download < Ledger::Action
        include Deps["repos.export_repo", "settings"]

        before :require_account!

        params do
          required(:id).filled(:integer)
        end

        def handle(request, response)
          halt 422, { errors: request.params.errors }.to_json unless request.params.valid?

          export = export_repo.find_for_account(request.params[:id], account_id: request.session[:account_id])
          halt 404 unless export&.ready?

          path = File.join(settings.export_dir, export.storage_key, "export.csv")
          response.headers["Content-Disposition"] = %(attachment; filename="#{export.filename}")
          response.unsafe_send_file(path)
        end
      end
    end
  end
end
