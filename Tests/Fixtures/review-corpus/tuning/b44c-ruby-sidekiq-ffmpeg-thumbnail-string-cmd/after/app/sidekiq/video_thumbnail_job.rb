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
      # keep the original name/extension so ffmpeg picks the right demuxer for .mkv/.mov
      source = File.join(dir, upload.original_filename)
      File.binwrite(source, upload.file.download)
      output = File.join(dir, "thumb.jpg")

      offset = upload.duration.to_f > 10 ? "00:00:05" : "00:00:01"
      cmd = "ffmpeg -y -ss #{offset} -i \"#{source}\" -frames:v 1 -vf scale=#{THUMB_WIDTH}:-2 #{output}"
      _out, err, status = Open3.capture3(cmd)
      raise "ffmpeg failed for upload #{upload.id}: #{err}" unless status.success?

      upload.thumbnail.attach(io: File.open(output), filename: "#{upload.id}-thumb.jpg")
    end
  end
end
