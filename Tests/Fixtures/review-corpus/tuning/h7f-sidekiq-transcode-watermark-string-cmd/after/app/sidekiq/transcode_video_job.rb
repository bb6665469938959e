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
        run_ffmpeg(source.path, output, preset, watermark: video.channel.display_name)

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

  def run_ffmpeg(input, output, preset, watermark: nil)
    filters = ["scale=#{preset[:scale]}"]
    if watermark.present?
      filters << "drawtext=text='#{watermark}':fontcolor=white@0.6:fontsize=24:x=w-tw-20:y=h-th-20"
    end

    cmd = [
      "ffmpeg -y -hide_banner -loglevel error",
      "-i #{input}",
      %(-vf "#{filters.join(',')}"),
      "-c:v libx264 -b:v #{preset[:bitrate]}",
      "-c:a aac -movflags +faststart",
      output
    ].join(" ")

    _out, err, status = Open3.capture3(cmd)
    raise TranscodeError, err unless status.success?
  end
end
