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
    unless export.status == "complete"
      return head :conflict
    end

    archive = build_archive(export)
    send_file archive,
              filename: "#{@project.slug}-export-#{export.id}.tar.gz",
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

  def build_archive(export)
    dir = EXPORT_ROOT.join(export.id.to_s)
    out = EXPORT_ROOT.join("#{export.id}.tar.gz")
    return out if File.exist?(out)

    ok = system("tar", "-czf", out.to_s, "-C", dir.to_s, ".")
    raise "tar failed for export #{export.id}" unless ok

    out
  end
end
