# frozen_string_literal: true

class TranscodeWorker
  include Sidekiq::Job
  sidekiq_options queue: :media, retry: 3

  PRESETS = {
    "480p" => 480,
    "720p" => 720,
    "1080p" => 1080
  }.freeze

  def perform(upload_id)
    upload = Upload.find(upload_id)
    height = PRESETS.fetch(upload.preset, 720)

    upload.file.open do |input|
      output_path = Rails.root.join("tmp", "transcodes", "#{upload.id}.mp4").to_s

      ok = system("ffmpeg", "-y", "-i", input.path, "-vf", "scale=-2:#{height}", "-c:a", "aac", output_path)
      raise "ffmpeg exited with #{$?.exitstatus}" unless ok

      upload.rendition.attach(io: File.open(output_path), filename: "#{upload.id}-#{upload.preset}.mp4")
      upload.update!(state: "ready")
    end
  end
end
