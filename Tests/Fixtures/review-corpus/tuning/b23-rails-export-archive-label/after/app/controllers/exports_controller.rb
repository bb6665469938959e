class ExportsController < ApplicationController
  before_action :authenticate_user!
  before_action :load_project

  EXPORT_ROOT = Rails.root.join("tmp", "exports")

  def index
    @exports = @project.exports.order(created_at: :desc).limit(50)
  end

  def create
    export = @project.exports.create!(requested_by: current_user, status: "queued")
    ProjectExportJob.perform_later(export.id)
    redirect_to project_exports_path(@project), notice: "Export queued."
  end

  def show
    @export = @project.exports.find(params[:id])
    respond_to do |format|
      format.html
      format.json { render json: @export.as_json(only: %i[id status created_at finished_at]) }
    end
  end

  def download
    export = @project.exports.find(params[:id])
    label = params[:label].presence || @project.slug
    unless export.status == "complete"
      return head :conflict
    end

    archive = build_archive(export, label)
    send_file archive,
              filename: "#{label.parameterize}-export-#{export.id}.tar.gz",
              type: "application/gzip",
              disposition: "attachment"
  end

  def destroy
    export = @project.exports.find(params[:id])
    FileUtils.rm_rf(EXPORT_ROOT.join(export.id.to_s))
    export.destroy!
    redirect_to project_exports_path(@project), notice: "Export deleted."
  end

  private

  def load_project
    @project = current_user.projects.find_by!(slug: params[:project_id])
  end

  def build_archive(export, label)
    dir = EXPORT_ROOT.join(export.id.to_s)
    out = EXPORT_ROOT.join("#{export.id}-#{label.parameterize}.tar.gz")
    return out if File.exist?(out)

    # prefix every entry with the label so the archive extracts into its own folder
    cmd = "tar -czf #{out} --transform 's,^\\./,#{label}/,' -C #{dir} ."
    ok = system(cmd)
    raise "tar failed for export #{export.id}" unless ok

    out
  end
end
