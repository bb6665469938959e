# frozen_string_literal: true

require "open3"

class TranscodeVideoJob
  include Sidekiq::Job
  sidekiq_options queue: :media, retry: 3

  PRESETS = {
    "720p" => { scale: "-2:720", bitrate: "2500k" },
    "1080p" => { scale: "-2:1080", bitrate: "5000k" }
  }.freeze

  def perform(video_id, preset_name = "720p")
    video = Video.find(video_id)
    preset = PRESETS.fetch(preset_name)

    video.source.open do |source|
      Dir.mktmpdir("transcode") do |dir|
        output = File.join(dir, "#{video.id}-#{preset_name}.mp4")
        run_ffmpeg(source.path, output, preset)

        video.renditions.create!(
          preset: preset_name,
          file: { io: File.open(output), filename: File.basename(output), content_type: "video/mp4" }
        )
      end
    end

    video.update!(status: :ready)
  rescue TranscodeError => e
    video&.update!(status: :failed, failure_reason: e.message.truncate(500))
    raise
  end

  private

  class TranscodeError < StandardError; end

  def run_ffmpeg(input, output, preset)
    args = [
      "ffmpeg", "-y", "-hide_banner", "-loglevel", "error",
      "-i", input,
      "-vf", "scale=#{preset[:scale]}",
      "-c:v", "libx264", "-b:v", preset[:bitrate],
      "-c:a", "aac", "-movflags", "+faststart",
      output
    ]
    _out, err, status = Open3.capture3(*args)
    raise TranscodeError, err unless status.success?
  end
end
