require "open3"

class PdfExporter
  class Error < StandardError; end

  def initialize(document)
    @document = document
  end

  def call
    html_path = write_html
    pdf_path = html_path.sub(/\.html\z/, ".pdf")
    args = ["wkhtmltopdf", "--quiet", "--page-size", page_size, html_path, pdf_path]
    _out, err, status = Open3.capture3(*args)
    raise Error, err unless status.success?

    pdf_path
  end

  private

  PAGE_SIZES = %w[A4 Letter Legal].freeze

  def page_size
    PAGE_SIZES.include?(@document.page_size) ? @document.page_size : "A4"
  end

  def write_html
    path = Rails.root.join("tmp", "exports", "#{@document.id}-#{SecureRandom.hex(6)}.html").to_s
    File.write(path, ApplicationController.render(template: "documents/print", assigns: { document: @document }))
    path
  end
end
