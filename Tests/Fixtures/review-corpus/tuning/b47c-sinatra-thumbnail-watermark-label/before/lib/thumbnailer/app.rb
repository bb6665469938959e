require "sinatra/base"
require "open3"
require "securerandom"
require "tmpdir"

module Thumbnailer
  class App < Sinatra::Base
    MAX_BYTES = 15 * 1024 * 1024
    SIZES = { "sm" => "160x160", "md" => "480x480", "lg" => "1024x1024" }.freeze

    post "/thumbnails" do
      upload = params[:file]
      halt 400, "file required" unless upload && upload[:tempfile]
      halt 413 if upload[:tempfile].size > MAX_BYTES

      geometry = SIZES.fetch(params[:size], SIZES["md"])
      out = File.join(Dir.tmpdir, "#{SecureRandom.hex(8)}.webp")

      _stdout, stderr, status = Open3.capture3(
        "magick", upload[:tempfile].path, "-auto-orient", "-thumbnail", geometry, out
      )
      halt 422, stderr unless status.success?

      send_file out, type: "image/webp"
    end
  end
end
