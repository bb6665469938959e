require "open3"

# Pulls the text layer out of supplier invoice PDFs so we can match
# invoice numbers and totals automatically.
class InvoiceTextExtractor
  class ExtractionFailed < StandardError; end

  TIMEOUT = 20

  def initialize(attachment)
    @attachment = attachment
  end

  def call
    @attachment.blob.open(tmpdir: Rails.root.join("tmp")) do |file|
      stdout, stderr, status = Open3.capture3(
        "timeout", TIMEOUT.to_s,
        "pdftotext", "-layout", "-enc", "UTF-8", "-l", "5",
        file.path, "-"
      )
      unless status.success?
        Rails.logger.warn("pdftotext failed for blob #{@attachment.blob_id}: #{stderr.truncate(300)}")
        raise ExtractionFailed, "pdftotext exited with #{status.exitstatus}"
      end
      normalize(stdout)
    end
  end

  private

  def normalize(text)
    text.encode("UTF-8", invalid: :replace, undef: :replace)
        .gsub(/[ \t]+/, " ")
        .gsub(/\n{3,}/, "\n\n")
        .strip
  end
end