# frozen_string_literal: true

module Reports
  module Actions
    module Exports
      class Download < Reports::Action
        include Deps["repos.export_repo", "settings"]

        params do
          required(:id).filled(:integer)
        end

        def handle(request, response)
          halt 422 unless request.params.valid?

          export = export_repo.find_for_account(
            id: request.params[:id],
            account_id: request.session[:account_id]
          )
          halt 404 unless export&.ready?

          path = File.join(settings.export_root, export.storage_key)
          response.format = :csv
          response.headers["Content-Disposition"] = %(attachment; filename="#{export.filename}")
          response.body = File.read(path)
        end
      end
    end
  end
end
