require "open3"

class VideoThumbnailJob
  include Sidekiq::Job
  sidekiq_options queue: :media, retry: 3

  def perform(upload_id)
    upload = Upload.find(upload_id)
    return unless upload.video?

    upload.file.open do |tmp|
      out = Rails.root.join("tmp", "thumbs", "#{upload.id}.jpg").to_s
      _stdout, stderr, status = Open3.capture3(
        "ffmpeg", "-y", "-ss", "00:00:01", "-i", tmp.path, "-frames:v", "1", out
      )
      raise "ffmpeg failed: #{stderr}" unless status.success?

      upload.thumbnail.attach(io: File.open(out), filename: "#{upload.id}.jpg")
    end
  end
end
