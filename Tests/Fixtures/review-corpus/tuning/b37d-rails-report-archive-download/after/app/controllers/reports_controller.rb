class ReportsController < ApplicationController
  ARCHIVE_ROOT = Rails.root.join("storage", "report_archive").freeze
  before_action :authenticate_user!
  before_action :set_report, only: %i[show download destroy]

  def index
    @reports = current_account.reports.order(created_at: :desc).page(params[:page])
  end

  def show
  end

  def new
    @report = current_account.reports.build(kind: params[:kind])
  end

  def create
    @report = current_account.reports.build(report_params.merge(requested_by: current_user))

    if @report.save
      GenerateReportJob.perform_later(@report.id)
      redirect_to reports_path, notice: "Report queued. We'll email you when it's ready."
    else
      render :new, status: :unprocessable_entity
    end
  end

  def download
    unless @report.ready?
      redirect_to @report, alert: "This report is still being generated."
      return
    end

    send_file @report.file_path,
              filename: @report.download_name,
              type: "text/csv",
              disposition: "attachment"
  end

  # Reports generated before the 2023 migration only exist as files on disk
  # (e.g. "sales-2022-11.csv"); the links in old emails point here.
  def archived
    name = params[:file].to_s
    path = ARCHIVE_ROOT.join(current_account.slug, name)

    if name.blank? || !File.file?(path)
      redirect_to reports_path, alert: "That archived report is no longer available."
      return
    end

    send_file path, filename: File.basename(path), type: "text/csv", disposition: "attachment"
  end

  def destroy
    @report.destroy!
    redirect_to reports_path, notice: "Report deleted."
  end

  private

  def set_report
    @report = current_account.reports.find(params[:id])
  end

  def report_params
    params.require(:report).permit(:kind, :starts_on, :ends_on, :format)
  end
end
