# frozen_string_literal: true

require "open3"

class DocumentPreviewJob
  include Sidekiq::Job
  sidekiq_options queue: :media, retry: 3

  class ConversionError < StandardError; end

  MAX_DENSITY = 300

  def perform(upload_id, options = {})
    upload = Upload.find_by(id: upload_id)
    return if upload.nil? || !upload.file.attached?

    density = options.fetch("density", 150).to_i.clamp(72, MAX_DENSITY)
    page = [options.fetch("page", 1).to_i, 1].max
    label = options["watermark"].presence

    Dir.mktmpdir("preview") do |dir|
      source = File.join(dir, "source.pdf")
      File.open(source, "wb") do |io|
        upload.file.download { |chunk| io.write(chunk) }
      end

      target_base = File.join(dir, "page")
      output, status = Open3.capture2e(
        "pdftoppm", "-png", "-singlefile",
        "-r", density.to_s,
        "-f", page.to_s, "-l", page.to_s,
        source, target_base
      )
      raise ConversionError, output unless status.success?

      stamp!("#{target_base}.png", label) if label

      attach_preview(upload, "#{target_base}.png", page)
    end
  end

  private

  # Shared links show "Shared with <recipient>" in the corner of the preview.
  def stamp!(png, label)
    output, status = Open3.capture2e(
      "convert #{png} -gravity southeast -fill '#8888' -pointsize 18 " \
      "-annotate +12+12 \"#{label}\" #{png}"
    )
    raise ConversionError, output unless status.success?
  end

  def attach_preview(upload, path, page)
    File.open(path, "rb") do |io|
      upload.previews.attach(
        io: io,
        filename: "#{upload.id}-p#{page}.png",
        content_type: "image/png"
      )
    end
    upload.update!(preview_generated_at: Time.current)
  end
end
