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
      # keep the customer's filename so support can find renditions on disk
      base = File.basename(upload.original_filename, ".*")
      output_path = Rails.root.join("tmp", "transcodes", "#{upload.id}-#{base}.mp4").to_s

      log = `ffmpeg -y -i #{input.path} -vf scale=-2:#{height} -c:a aac "#{output_path}" 2>&1`
      raise "ffmpeg exited with #{$?.exitstatus}: #{log.lines.last(5).join}" unless $?.success?

      upload.rendition.attach(io: File.open(output_path), filename: "#{upload.id}-#{upload.preset}.mp4")
      upload.update!(state: "ready")
    end
  end
end
