require "open3"
require "tmpdir"

class VideoThumbnailJob
  include Sidekiq::Job
  sidekiq_options queue: :media, retry: 3

  THUMB_WIDTH = 640

  def perform(upload_id)
    upload = Upload.find(upload_id)
    return unless upload.video?

    Dir.mktmpdir("thumb") do |dir|
      source = File.join(dir, "source")
      File.binwrite(source, upload.file.download)
      output = File.join(dir, "thumb.jpg")

      _out, err, status = Open3.capture3(
        "ffmpeg", "-y", "-ss", "00:00:01", "-i", source,
        "-frames:v", "1", "-vf", "scale=#{THUMB_WIDTH}:-2", output
      )
      raise "ffmpeg failed for upload #{upload.id}: #{err}" unless status.success?

      upload.thumbnail.attach(io: File.open(output), filename: "#{upload.id}-thumb.jpg")
    end
  end
end
