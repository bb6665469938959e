require "open3"

class ExportBundleService
  EXPORT_ROOT = Rails.root.join("tmp", "exports")

  # archive_name is what the user typed in the "Download as zip" dialog.
  def initialize(project, user, archive_name = nil)
    @project = project
    @user = user
    @archive_name = archive_name.presence || @project.slug
  end

  def call
    FileUtils.mkdir_p(workdir)
    @project.documents.find_each do |doc|
      File.binwrite(workdir.join(doc.filename.sanitized), doc.file.download)
    end
    archive = EXPORT_ROOT.join("#{@archive_name}.zip")
    _out, err, status = Open3.capture3("cd #{workdir} && zip -qr '#{archive}' .")
    raise "zip failed: #{err}" unless status.success?

    archive
  end

  private

  def workdir
    @workdir ||= EXPORT_ROOT.join("#{@project.id}-#{SecureRandom.hex(8)}")
  end
end
