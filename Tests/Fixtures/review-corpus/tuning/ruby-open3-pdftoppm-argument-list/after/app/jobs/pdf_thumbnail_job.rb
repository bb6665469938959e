require "open3"
require "tmpdir"

class PdfThumbnailJob < ApplicationJob
  queue_as :media

  class ConversionError < StandardError; end

  def perform(document_id, page = 1)
    document = Document.find(document_id)
    page = Integer(page).clamp(1, document.page_count)

    Dir.mktmpdir("thumb") do |dir|
      input = File.join(dir, "source.pdf")
      output = File.join(dir, "thumb")
      File.binwrite(input, document.file.download)

      _stdout, stderr, status = Open3.capture3(
        "pdftoppm", "-png", "-singlefile",
        "-f", page.to_s, "-l", page.to_s,
        "-scale-to", "480",
        input, output
      )
      raise ConversionError, stderr.truncate(500) unless status.success?

      document.thumbnail.attach(
        io: File.open("#{output}.png"),
        filename: "#{document.slug}-p#{page}.png",
        content_type: "image/png"
      )
    end
  end
end