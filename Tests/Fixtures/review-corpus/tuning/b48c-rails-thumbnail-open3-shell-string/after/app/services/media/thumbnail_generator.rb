# frozen_string_literal: true

require "open3"
require "tmpdir"

module Media
  # Grabs a single frame from an uploaded video to use as its poster image.
  class ThumbnailGenerator
    class Error < StandardError; end

    def self.from_request(upload, params)
      new(upload, width: params.fetch(:w, 640).to_i, offset: params.fetch(:at, "00:00:01"))
    end

    def initialize(upload, width:, offset: "00:00:01")
      @upload = upload
      @width = width.clamp(160, 1920)
      @offset = offset
    end

    def call
      Dir.mktmpdir("thumb") do |dir|
        output = File.join(dir, "poster.jpg")
        cmd = "ffmpeg -v error -ss #{@offset} -i #{@upload.path} -frames:v 1 -vf scale=#{@width}:-2 #{output}"
        _out, err, status = Open3.capture3(cmd)
        raise Error, err unless status.success?

        File.binread(output)
      end
    end
  end
end
