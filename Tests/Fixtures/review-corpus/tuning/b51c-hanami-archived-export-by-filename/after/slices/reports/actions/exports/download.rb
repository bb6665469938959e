# frozen_string_literal: true

module Reports
  module Actions
    module Exports
      class Download < Reports::Action
        include Deps["settings"]

        params do
          required(:file).filled(:string)
        end

        def handle(request, response)
          halt 422 unless request.params.valid?

          # Archived exports were pruned from the exports table in the retention job;
          # the archive page lists them straight from disk, so download by file name.
          filename = request.params[:file]
          account_dir = File.join(settings.export_root, request.session[:account_id].to_s)
          path = File.join(account_dir, filename)
          halt 404 unless File.file?(path)

          response.format = :csv
          response.headers["Content-Disposition"] = %(attachment; filename="#{File.basename(filename)}")
          response.body = File.read(path)
        end
      end
    end
  end
end
