# frozen_string_literal: true

require "sinatra/base"
require "securerandom"
require "fileutils"

class Gallery < Sinatra::Base
  UPLOAD_DIR = ENV.fetch("UPLOAD_DIR", File.expand_path("uploads", __dir__))
  THUMB_DIR  = File.join(UPLOAD_DIR, "thumbs")
  DEFAULT_GEOMETRY = "256x256"

  configure { FileUtils.mkdir_p(THUMB_DIR) }

  helpers do
    # geometry is passed straight to ImageMagick so clients can ask for e.g. "400x300^" or "50%".
    def thumbnail!(src, dest, geometry = DEFAULT_GEOMETRY)
      out = `convert #{src} -auto-orient -resize #{geometry} #{dest} 2>&1`
      halt 500, "thumbnail failed: #{out}" unless $?.success?
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

    geometry = params.fetch("size", DEFAULT_GEOMETRY)
    thumbnail!(src, File.join(THUMB_DIR, "#{id}.#{ext}"), geometry)
    status 201
    json id: id, size: geometry
  end
end
