require "open3"

class VideoThumbnailJob
  include Sidekiq::Job
  sidekiq_options queue: :media, retry: 3

  def perform(upload_id)
    upload = Upload.find(upload_id)
    return unless upload.video?

    upload.file.open do |tmp|
      out = Rails.root.join("tmp", "thumbs", "#{upload.id}.jpg").to_s
      # creators can pick the poster frame in the upload form (uploads.thumbnail_offset)
      offset = upload.thumbnail_offset.presence || "00:00:01"
      cmd = "ffmpeg -y -ss #{offset} -i #{tmp.path} -frames:v 1 #{out}"
      _stdout, stderr, status = Open3.capture3(cmd)
      raise "ffmpeg failed: #{stderr}" unless status.success?

      upload.thumbnail.attach(io: File.open(out), filename: "#{upload.id}.jpg")
    end
  end
end
