require "sinatra/base"
require "sinatra/json"
require "securerandom"

class PdfTextService < Sinatra::Base
  helpers Sinatra::JSON

  MAX_UPLOAD = 25 * 1024 * 1024
  PDFTOTEXT = ENV.fetch("PDFTOTEXT_BIN", "/usr/bin/pdftotext")

  configure :production do
    set :show_exceptions, false
    set :dump_errors, false
  end

  before do
    pass if request.path_info == "/health"
    halt 401, json(error: "unauthorized") unless authorized?
  end

  helpers do
    def authorized?
      token = request.env["HTTP_AUTHORIZATION"].to_s.delete_prefix("Bearer ")
      !token.empty? && Rack::Utils.secure_compare(token, ENV.fetch("SERVICE_TOKEN"))
    end
  end

  post "/extract" do
    upload = params[:file]
    halt 400, json(error: "file is required") unless upload.is_a?(Hash) && upload[:tempfile]
    halt 413, json(error: "file too large") if upload[:tempfile].size > MAX_UPLOAD

    text = IO.popen([PDFTOTEXT, "-layout", upload[:tempfile].path, "-"], err: File::NULL, &:read)
    halt 422, json(error: "could not read pdf") unless $?.success?

    json(
      id: SecureRandom.uuid,
      filename: upload[:filename],
      characters: text.length,
      text: text
    )
  end

  get "/health" do
    json(status: "ok")
  end
end
