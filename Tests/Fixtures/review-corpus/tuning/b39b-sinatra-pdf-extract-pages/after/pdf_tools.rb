require "sinatra/base"
require "open3"
require "tempfile"
require_relative "lib/api_key"

class PdfTools < Sinatra::Base
  MAX_UPLOAD = 25 * 1024 * 1024
  # "3", "1-4", "1-4,9,12-13"
  PAGE_RANGE = /\A\d{1,4}(?:-\d{1,4})?(?:,\d{1,4}(?:-\d{1,4})?)*\z/

  before do
    key = request.env["HTTP_X_API_KEY"]
    halt 401 unless key && ApiKey.valid?(key)
  end

  post "/compress" do
    upload = params.dig(:file, :tempfile) or halt 400, "file is required"
    halt 413 if upload.size > MAX_UPLOAD

    Tempfile.create(["out", ".pdf"]) do |out|
      _stdout, stderr, status = Open3.capture3(
        "qpdf", "--object-streams=generate", "--compress-streams=y", upload.path, out.path
      )
      halt 422, stderr unless status.success?

      content_type "application/pdf"
      File.binread(out.path)
    end
  end

  post "/extract" do
    upload = params.dig(:file, :tempfile) or halt 400, "file is required"
    halt 413 if upload.size > MAX_UPLOAD
    pages = params[:pages].to_s
    halt 422, "pages must look like 1-3,7" unless PAGE_RANGE.match?(pages)

    Tempfile.create(["out", ".pdf"]) do |out|
      _stdout, stderr, status = Open3.capture3(
        "qpdf", "--empty", "--pages", upload.path, pages, "--", out.path
      )
      halt 422, stderr unless status.success?

      content_type "application/pdf"
      File.binread(out.path)
    end
  end
end
