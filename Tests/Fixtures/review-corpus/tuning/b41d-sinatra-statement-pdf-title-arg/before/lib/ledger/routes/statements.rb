require "sinatra/base"
require "open3"
require "tempfile"

module Ledger
  class Statements < Sinatra::Base
    WKHTMLTOPDF = ENV.fetch("WKHTMLTOPDF_BIN", "/usr/local/bin/wkhtmltopdf")

    helpers Ledger::AuthHelpers

    before { require_login! }

    get "/statements/:month.pdf" do
      month = Date.strptime(params[:month], "%Y-%m") rescue halt(404)
      html = erb(:statement, layout: :print, locals: { statement: current_account.statement_for(month) })

      pdf = render_pdf(html, "--page-size", "A4", "--margin-top", "12mm")
      content_type "application/pdf"
      attachment "statement-#{month.strftime('%Y-%m')}.pdf"
      pdf
    end

    private

    def render_pdf(html, *options)
      Tempfile.create(["statement", ".html"]) do |src|
        src.write(html)
        src.flush
        Tempfile.create(["statement", ".pdf"]) do |out|
          run!(WKHTMLTOPDF, "--quiet", *options, src.path, out.path)
          File.binread(out.path)
        end
      end
    end

    def run!(*argv)
      stdout, stderr, status = Open3.capture3(*argv)
      return stdout if status.success?

      logger.error("#{File.basename(argv.first)} failed (#{status.exitstatus}): #{stderr}")
      halt 500, "could not render statement"
    end
  end
end
