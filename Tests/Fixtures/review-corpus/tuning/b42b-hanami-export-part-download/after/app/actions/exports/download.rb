# frozen_string_literal: true

module Ledger
  module Actions
    module Exports
      class Download < Ledger::Action
        include Deps["repos.export_repo", "settings"]

        before :require_account!

        params do
          required(:id).filled(:integer)
          # Large exports are split into export-001.csv, export-002.csv, ...
          optional(:part).filled(:string, max_size?: 64)
        end

        def handle(request, response)
          halt 422, { errors: request.params.errors }.to_json unless request.params.valid?

          export = export_repo.find_for_account(request.params[:id], account_id: request.session[:account_id])
          halt 404 unless export&.ready?

          file_name = request.params[:part] || "export.csv"
          path = File.join(settings.export_dir, export.storage_key, file_name)
          halt 404 unless File.file?(path)

          response.headers["Content-Disposition"] = %(attachment; filename="#{File.basename(file_name)}")
          response.unsafe_send_file(path)
        end
      end
    end
  end
end
