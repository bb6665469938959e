require "sinatra/base"
require "sinatra/json"
require "open3"
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

    def page_param(name)
      return nil if params[name].to_s.empty?

      Integer(params[name].to_s, 10).clamp(1, 10_000)
    rescue ArgumentError
      halt 400, json(error: "#{name} must be a page number")
    end
  end

  post "/extract" do
    upload = params[:file]
    halt 400, json(error: "file is required") unless upload.is_a?(Hash) && upload[:tempfile]
    halt 413, json(error: "file too large") if upload[:tempfile].size > MAX_UPLOAD

    args = [PDFTOTEXT, "-layout"]
    first = page_param("first_page")
    last = page_param("last_page")
    args.push("-f", first.to_s) if first
    args.push("-l", last.to_s) if last
    args.push(upload[:tempfile].path, "-")

    text, _stderr, status = Open3.capture3(*args)
    halt 422, json(error: "could not read pdf") unless status.success?

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
