# frozen_string_literal: true

require "sinatra/base"
require "securerandom"
require "fileutils"

class Gallery < Sinatra::Base
  UPLOAD_DIR = ENV.fetch("UPLOAD_DIR", File.expand_path("uploads", __dir__))
  THUMB_DIR  = File.join(UPLOAD_DIR, "thumbs")

  configure { FileUtils.mkdir_p(THUMB_DIR) }

  helpers do
    def thumbnail!(src, dest)
      ok = system("convert", src, "-auto-orient", "-resize", "256x256", dest)
      halt 500, "thumbnail failed" unless ok
    end
  end

  post "/photos" do
    upload = params[:photo]
    halt 400, "photo is required" unless upload && upload[:tempfile]
    halt 415 unless %w[image/jpeg image/png].include?(upload[:type])

    id = SecureRandom.uuid
    ext = upload[:type] == "image/png" ? "png" : "jpg"
    src = File.join(UPLOAD_DIR, "#{id}.#{ext}")
    FileUtils.cp(upload[:tempfile].path, src)

    thumbnail!(src, File.join(THUMB_DIR, "#{id}.#{ext}"))
    status 201
    json id: id
  end
end
