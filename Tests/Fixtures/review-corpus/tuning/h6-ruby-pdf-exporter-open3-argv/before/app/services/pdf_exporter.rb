require "open3"

class PdfExporter
  class Error < StandardError; end

  def initialize(document)
    @document = document
  end

  def call
    html_path = write_html
    pdf_path = html_path.sub(/\.html\z/, ".pdf")
    _out, err, status = Open3.capture3("wkhtmltopdf #{html_path} #{pdf_path}")
    raise Error, err unless status.success?

    pdf_path
  end

  private

  def write_html
    path = Rails.root.join("tmp", "exports", "#{@document.id}-#{SecureRandom.hex(6)}.html").to_s
    File.write(path, ApplicationController.render(template: "documents/print", assigns: { document: @document }))
    path
  end
end
