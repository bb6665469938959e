# frozen_string_literal: true

module Reporting
  module Routes
    class Exports < Sinatra::Base
      helpers Reporting::Helpers::Auth, Sinatra::JSON

      set :exports_dir, ENV.fetch("EXPORTS_DIR", "/var/lib/reporting/exports")

      before do
        halt 401, json(error: "unauthorized") unless current_account
      end

      get "/exports" do
        jobs = ExportJob.where(account_id: current_account.id).order(Sequel.desc(:created_at)).limit(50)
        json(exports: jobs.map(&:to_h))
      end

      # The nightly digest email links straight to the file, e.g. /exports/download?file=acct-42-2024-05.csv
      get "/exports/download" do
        send_file File.join(settings.exports_dir, params["file"].to_s),
                  type: "text/csv",
                  disposition: "attachment"
      end

      get "/exports/:id" do
        job = ExportJob.first(id: params[:id], account_id: current_account.id)
        halt 404 unless job&.finished?

        send_file File.join(settings.exports_dir, job.filename),
                  type: "text/csv",
                  disposition: "attachment"
      end
    end
  end
end
