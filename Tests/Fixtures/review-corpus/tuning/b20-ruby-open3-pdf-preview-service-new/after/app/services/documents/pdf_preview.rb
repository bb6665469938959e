# frozen_string_literal: true

require "open3"
require "tmpdir"
require "timeout"

module Documents
  # Renders the first page of an uploaded PDF to a PNG preview with poppler's
  # pdftoppm. The command is run without a shell: every value is its own argv
  # element, and the user's original filename is never passed to the tool.
  class PdfPreview
    class Error < StandardError; end

    DPI_BY_SIZE = { small: 48, medium: 96, large: 150 }.freeze
    TIMEOUT_SECONDS = 30

    def self.call(document, size: :medium)
      new(document, size).call
    end

    def initialize(document, size)
      @document = document
      @dpi = DPI_BY_SIZE.fetch(size.to_sym) { raise ArgumentError, "unknown preview size #{size.inspect}" }
    end

    def call
      Dir.mktmpdir("pdf-preview") do |dir|
        source = File.join(dir, "source.pdf")
        File.binwrite(source, @document.file.download)
        output_prefix = File.join(dir, "page")

        run!(
          "pdftoppm",
          "-png",
          "-r", @dpi.to_s,
          "-f", "1", "-l", "1",
          "-singlefile",
          "--", source, output_prefix
        )

        png = "#{output_prefix}.png"
        raise Error, "pdftoppm produced no output" unless File.exist?(png)

        @document.preview.attach(
          io: File.open(png, "rb"),
          filename: "preview-#{@document.id}.png",
          content_type: "image/png"
        )
      end
      @document.preview
    end

    private

    def run!(*argv)
      stdout, stderr, status = Timeout.timeout(TIMEOUT_SECONDS) do
        Open3.capture3(*argv)
      end
      return stdout if status.success?

      Rails.logger.warn("[PdfPreview] #{argv.first} exited #{status.exitstatus}: #{stderr.first(500)}")
      raise Error, "preview rendering failed"
    rescue Timeout::Error
      raise Error, "preview rendering timed out"
    end
  end
end
