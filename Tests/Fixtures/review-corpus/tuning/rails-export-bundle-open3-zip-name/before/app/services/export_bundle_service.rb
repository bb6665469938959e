require "open3"

class ExportBundleService
  EXPORT_ROOT = Rails.root.join("tmp", "exports")

  def initialize(project, user)
    @project = project
    @user = user
  end

  def call
    FileUtils.mkdir_p(workdir)
    @project.documents.find_each do |doc|
      File.binwrite(workdir.join(doc.filename.sanitized), doc.file.download)
    end
    workdir
  end

  private

  def workdir
    @workdir ||= EXPORT_ROOT.join("#{@project.id}-#{SecureRandom.hex(8)}")
  end
end
